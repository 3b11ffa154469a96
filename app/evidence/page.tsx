import type { Metadata } from "next";
import Link from "next/link";
import { EVIDENCE_VERSION, sections, strengthLabel } from "@/lib/evidence";

export const metadata: Metadata = { title: "Evidence" };

export default function EvidenceIndexPage() {
  return (
    <>
      <h1 className="text-2xl font-bold">Evidence behind the checklist</h1>
      <p className="mt-2 text-slate-700">
        Each finding in a summary cites one or more of these sections. They are written for this app
        from published sources listed in each section; where the evidence is missing, they say so.
        Evidence version {EVIDENCE_VERSION}.
      </p>
      <ul className="mt-6 grid gap-3">
        {sections.map((s) => (
          <li key={s.id} className="rounded-md border border-slate-300 bg-white p-4">
            <h2 className="text-lg font-semibold">
              <Link href={`/evidence/${s.id}`} className="text-blue-800 underline">
                {s.title}
              </Link>
            </h2>
            <p className="text-sm text-slate-700">
              {strengthLabel(s.strength)} · last reviewed {s.lastReviewed}
            </p>
            <p className="mt-1">{s.summary}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
