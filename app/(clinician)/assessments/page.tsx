import type { Metadata } from "next";
import Link from "next/link";
import { NewAssessmentButton } from "@/components/checklist/new-assessment-button";
import { levelBadgeClass, levelLabel } from "@/components/summary/level";
import { requirePageUser } from "@/lib/auth/session";
import { steps } from "@/lib/checklist/steps";
import { listAssessments } from "@/lib/dal/assessments";
import { listOpenDrafts } from "@/lib/dal/drafts";

export const metadata: Metadata = { title: "My assessments" };

const when = (d: Date) =>
  d.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function AssessmentsPage() {
  const user = await requirePageUser("clinician", "/assessments");
  const [drafts, assessments] = await Promise.all([listOpenDrafts(user), listAssessments(user)]);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">My assessments</h1>
        <NewAssessmentButton />
      </div>
      <section aria-labelledby="drafts-title" className="mt-8">
        <h2 id="drafts-title" className="text-xl font-semibold">
          In progress
        </h2>
        {drafts.length === 0 ? (
          <p className="mt-2 text-slate-700">No assessment in progress.</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-200 rounded-md border border-slate-300 bg-white">
            {drafts.map((d) => (
              <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
                <span>
                  <span className="font-medium">{d.patientReference || "No reference yet"}</span>
                  <span className="text-sm text-slate-700">
                    {" "}
                    · {Math.min(d.stepReached, steps.length)} of {steps.length} steps · saved{" "}
                    {when(d.updatedAt)}
                  </span>
                </span>
                <Link href={`/checklist/${d.id}`} className="text-blue-800 underline">
                  Resume<span className="sr-only"> assessment {d.patientReference}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="done-title" className="mt-8">
        <h2 id="done-title" className="text-xl font-semibold">
          Submitted
        </h2>
        {assessments.length === 0 ? (
          <p className="mt-2 text-slate-700">No submitted assessment yet.</p>
        ) : (
          <table className="mt-2 w-full border-collapse bg-white text-left">
            <caption className="sr-only">Your submitted assessments, newest first</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="p-2">
                  Patient reference
                </th>
                <th scope="col" className="p-2">
                  Submitted (UTC)
                </th>
                <th scope="col" className="p-2">
                  Overall level
                </th>
                <th scope="col" className="p-2">
                  Findings
                </th>
              </tr>
            </thead>
            <tbody>
              {assessments.map((a) => (
                <tr key={a.id} className="border-b border-slate-200">
                  <td className="p-2">
                    <Link href={`/assessments/${a.id}`} className="text-blue-800 underline">
                      {a.patientReference}
                    </Link>
                  </td>
                  <td className="p-2">{when(a.submittedAt)}</td>
                  <td className="p-2">
                    <span className={levelBadgeClass(a.overallLevel)}>
                      {levelLabel(a.overallLevel)}
                    </span>
                  </td>
                  <td className="p-2">{a.findingCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
