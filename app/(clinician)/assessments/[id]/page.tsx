import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { WriteBackPanel } from "@/components/ehr/write-back-panel";
import { SummaryActions } from "@/components/summary/summary-actions";
import { SummaryView } from "@/components/summary/summary-view";
import { requirePageUser } from "@/lib/auth/session";
import { getAssessment } from "@/lib/dal/assessments";
import { readTimeZone } from "@/lib/http/time-zone";
import { dateTimeIn } from "@/lib/report/local-time";

export const metadata: Metadata = { title: "Assessment summary" };

export default async function AssessmentSummaryPage({
  params,
}: {
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  const user = await requirePageUser("clinician", `/assessments/${id}`);
  // Someone else's id and a missing id look the same: 404, no hint that it exists.
  const [assessment, { timeZone }] = await Promise.all([getAssessment(user, id), readTimeZone()]);
  if (!assessment) notFound();
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-x-4">
        <h1 className="text-2xl font-bold">Assessment summary</h1>
        <Link href="/assessments" className="no-print text-blue-800 underline">
          ← My assessments
        </Link>
      </div>
      <p className="mt-1 text-slate-700">
        Patient reference <strong className="break-all">{assessment.patientReference}</strong> ·
        submitted {dateTimeIn(assessment.submittedAt, timeZone)}
        {assessment.earlierCount > 0 &&
          // Short, so the line stays one line at 1280 wide and the follow-up's top fits a screen:
          // "of this patient by you" is what the count always means (own assessments only).
          ` · ${assessment.earlierCount} earlier assessment${assessment.earlierCount > 1 ? "s" : ""}`}
      </p>
      <div className="mt-2">
        <SummaryView
          assessment={assessment}
          timeZone={timeZone}
          actions={
            <>
              <SummaryActions assessmentId={assessment.id} />
              <WriteBackPanel user={user} assessmentId={assessment.id} />
            </>
          }
        />
      </div>
    </>
  );
}
