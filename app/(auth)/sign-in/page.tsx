import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getSessionUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; password?: string }>;
}) {
  const { next, password } = await searchParams;
  const user = await getSessionUser();
  if (user) redirect(user.role === "admin" ? "/admin" : "/assessments");
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-16">
      <h1 className="text-2xl font-bold">Sign in</h1>
      <p className="mt-1 text-slate-700">Kratom risk checklist for clinicians and clinic admins.</p>
      {password === "set" ? (
        <p role="status" className="mt-4 rounded border border-green-700 bg-green-50 p-3">
          Your password is set. Sign in with your email address and the new password.
        </p>
      ) : null}
      <SignInForm next={typeof next === "string" ? next.slice(0, 300) : undefined} />
      <p className="mt-8 text-sm text-slate-700">
        The{" "}
        <a href="/evidence" className="text-blue-800 underline">
          evidence pages
        </a>{" "}
        are open to everyone.
      </p>
    </main>
  );
}
