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
}: {
  assessment: AssessmentDto;
  /** The clinician's time zone, for the times in "What changed". */
  timeZone: string;
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
      <SummaryTop summary={summary} kratom={kratom} />
      {changes && (
        <div className="mt-3">
          <ChangesSection changes={changes} timeZone={timeZone} />
        </div>
      )}
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
