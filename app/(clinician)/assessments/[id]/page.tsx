import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SummaryActions } from "@/components/summary/summary-actions";
import { SummaryView } from "@/components/summary/summary-view";
import { requirePageUser } from "@/lib/auth/session";
import { getAssessment } from "@/lib/dal/assessments";
import { summaryToText } from "@/lib/report/plain-text";

export const metadata: Metadata = { title: "Assessment summary" };

export default async function AssessmentSummaryPage({
  params,
}: {
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  const user = await requirePageUser("clinician", `/assessments/${id}`);
  // Someone else's id and a missing id look the same: 404, no hint that it exists.
  const assessment = await getAssessment(user, id);
  if (!assessment) notFound();
  const text = summaryToText(assessment);
  return (
    <>
      <p className="no-print">
        <Link href="/assessments" className="text-blue-800 underline">
          ← My assessments
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">Assessment summary</h1>
      <p className="mt-1 text-slate-700">
        Patient reference <strong>{assessment.patientReference}</strong> · submitted{" "}
        {assessment.submittedAt.toLocaleString("en-GB", {
          dateStyle: "medium",
          timeStyle: "short",
          timeZone: "UTC",
        })}{" "}
        UTC
        {assessment.earlierCount > 0 &&
          ` · ${assessment.earlierCount} earlier assessment${assessment.earlierCount > 1 ? "s" : ""} of this patient by you`}
      </p>
      <div className="mt-4">
        <SummaryActions text={text} assessmentId={assessment.id} />
      </div>
      <div className="mt-6">
        <SummaryView assessment={assessment} />
      </div>
    </>
  );
}
