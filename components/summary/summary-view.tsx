import type { ReactNode } from "react";
import type { AssessmentDto } from "@/lib/dal/assessments";
import { compareAssessments } from "@/lib/report/changes";
import { kratomUse } from "@/lib/report/summary-parts";
import { AnswersSection } from "./answers-section";
import { ChangesSection } from "./changes-section";
import { SummaryDetails } from "./summary-details";
import { SummaryTop } from "./summary-top";

/** The summary exactly as it was computed and stored: re-rendering never re-runs the rules. */
export function SummaryView({
  assessment,
  timeZone,
  actions,
}: {
  assessment: AssessmentDto;
  /** The clinician's time zone, for the times in "What changed". */
  timeZone: string;
  /** Copy, print, FHIR: after the top, before what changed and the details. */
  actions?: ReactNode;
}) {
  const { summary, previous } = assessment;
  const kratom = kratomUse(assessment.answers.usePattern?.frequency);
  const changes = previous
    ? compareAssessments(
        {
          at: previous.submittedAt,
          answers: previous.answers,
          overall: previous.overall,
          findings: previous.findings,
        },
        {
          at: assessment.submittedAt,
          answers: assessment.answers,
          overall: summary.overall,
          findings: summary.findings,
        },
      )
    : null;
  return (
    <>
      {/* The level and what matters first (a phone's first screen), then what to do with them;
          the reading order and the focus order are the same on every screen. */}
      <div className="grid gap-3">
        <SummaryTop summary={summary} kratom={kratom} />
        {actions}
        {changes && <ChangesSection changes={changes} timeZone={timeZone} />}
      </div>
      <section aria-labelledby="details-title" className="print-optional mt-6">
        <h2 id="details-title" className="text-xl font-bold">
          Details
        </h2>
        <div className="mt-2">
          <SummaryDetails summary={summary} kratom={kratom} />
        </div>
        <div className="mt-4">
          <AnswersSection answers={assessment.answers} />
        </div>
      </section>
    </>
  );
}
