import type { Metadata } from "next";
import Link from "next/link";
import { isRefusalCode, refusals } from "@/lib/smart/refusals";

export const metadata: Metadata = { title: "Opening from the EHR was refused" };

/** The clear page of a refused launch: the reason comes from a fixed list, by code only. */
export default async function LaunchRefusedPage({
  searchParams,
}: {
  searchParams: Promise<{ reason?: string }>;
}) {
  const { reason } = await searchParams;
  const text = isRefusalCode(reason) ? refusals[reason] : refusals["bad-request"];
  return (
    <main id="main" className="mx-auto max-w-xl p-6">
      <h1 className="text-2xl font-bold">The checklist could not be opened from the EHR</h1>
      <p className="mt-3" data-reason={isRefusalCode(reason) ? reason : "bad-request"}>
        {text}
      </p>
      <p className="mt-3">
        The checklist itself still works by hand:{" "}
        <Link href="/assessments" className="text-blue-800 underline">
          sign in and start an assessment
        </Link>
        .
      </p>
    </main>
  );
}
