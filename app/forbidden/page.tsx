import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Not allowed" };

export default function ForbiddenPage() {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-bold">This page is not available to your role</h1>
      <p className="mt-2">
        Clinicians see their own assessments; clinic admins see anonymised clinic figures only.
      </p>
      <p className="mt-4">
        <Link href="/" className="text-blue-800 underline">
          Go to your start page
        </Link>
      </p>
    </main>
  );
}
