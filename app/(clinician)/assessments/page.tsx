import type { Metadata } from "next";
import Link from "next/link";
import { DiscardDraftButton } from "@/components/checklist/discard-draft-button";
import { NewAssessmentButton } from "@/components/checklist/new-assessment-button";
import { levelBadgeClass, levelLabel } from "@/components/summary/level";
import { requirePageUser } from "@/lib/auth/session";
import { steps } from "@/lib/checklist/steps";
import { listAssessments } from "@/lib/dal/assessments";
import { listOpenDrafts } from "@/lib/dal/drafts";
import { readTimeZone } from "@/lib/http/time-zone";
import { dateTimeIn } from "@/lib/report/local-time";
import { groupByPatient } from "@/lib/report/patient-groups";

export const metadata: Metadata = { title: "My assessments" };

export default async function AssessmentsPage() {
  const user = await requirePageUser("clinician", "/assessments");
  const [drafts, assessments, { timeZone }] = await Promise.all([
    listOpenDrafts(user),
    listAssessments(user),
    readTimeZone(),
  ]);
  const when = (d: Date) => dateTimeIn(d, timeZone);
  const groups = groupByPatient(assessments);
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
                <span className="flex flex-wrap items-center gap-3">
                  <Link href={`/checklist/${d.id}`} className="text-blue-800 underline">
                    Resume<span className="sr-only"> assessment {d.patientReference}</span>
                  </Link>
                  <DiscardDraftButton
                    draftId={d.id}
                    label={d.patientReference || "with no reference"}
                  />
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="done-title" className="mt-8">
        <h2 id="done-title" className="text-xl font-semibold">
          Submitted, by patient
        </h2>
        {groups.length === 0 ? (
          <p className="mt-2 text-slate-700">No submitted assessment yet.</p>
        ) : (
          <ul className="mt-2 grid gap-3">
            {groups.map((g) => (
              <li key={g.key} className="rounded-md border border-slate-300 bg-white p-3">
                <h3 className="font-semibold break-all">
                  <Link
                    href={`/assessments/${g.assessments[0]?.id}`}
                    className="text-blue-800 underline"
                  >
                    {g.patientReference}
                  </Link>
                </h3>
                <p className="text-sm text-slate-800">
                  {g.assessments.length} assessment{g.assessments.length === 1 ? "" : "s"}
                  {g.assessments.length > 1 && (
                    <>
                      {" "}
                      · overall level, oldest to newest: {g.levelTrend} · DSM-5 criteria met:{" "}
                      {g.dsmTrend}
                    </>
                  )}
                </p>
                <ul className="mt-1 grid gap-1">
                  {g.assessments.map((a) => (
                    <li key={a.id} className="flex flex-wrap items-center gap-2">
                      <Link href={`/assessments/${a.id}`} className="text-blue-800 underline">
                        {when(a.submittedAt)}
                        <span className="sr-only">: open this assessment</span>
                      </Link>
                      <span className={levelBadgeClass(a.overallLevel)}>
                        {levelLabel(a.overallLevel)}
                      </span>
                      <span className="text-sm text-slate-700">
                        {a.findingCount} finding{a.findingCount === 1 ? "" : "s"} · DSM-5{" "}
                        {a.dsmCount === null ? "not asked" : `${a.dsmCount} of 11`}
                      </span>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
