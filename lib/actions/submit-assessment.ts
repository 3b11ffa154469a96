"use server";
import { submitAssessmentSchema } from "@/lib/checklist/submit";
import { submitAssessment } from "@/lib/dal/assessments";
import { anyEhrRegistered } from "@/lib/dal/ehr-connections";
import { unconfirmedPrefill } from "@/lib/dal/ehr-launches";
import { unconfirmedMessages } from "@/lib/fhir/prefill-confirmation";
import { medicationById } from "@/lib/medications";
import { writeBackAfterSubmit } from "@/lib/smart/write-back";
import { failure } from "./result";
import { createAction } from "./safe-action";

/**
 * Validates the whole assessment with the same schemas as the form, computes the findings,
 * stores everything in one statement and returns the assessment's id. Idempotent per draft.
 * It returns the id rather than redirecting: a redirect makes the server render the summary
 * page into the action's response (its queries, its payload, a second session read), while
 * the review step navigates with the router and the summary page loads as any page does
 * (docs/scaling.md, "The submit path").
 */
export const submitAssessmentAction = createAction(
  {
    name: "submit-assessment",
    role: "clinician",
    schema: submitAssessmentSchema,
    rateLimit: { points: 30, duration: 60 },
  },
  async ({ draftId, answers }, user) => {
    // An answer still as the EHR record gave it, unconfirmed, is never submitted silently.
    const pending = (await anyEhrRegistered())
      ? await unconfirmedPrefill(user, draftId, answers)
      : [];
    if (pending.length > 0)
      return failure(
        "Some answers came from the EHR record and are not confirmed yet.",
        Object.fromEntries(
          Object.entries(
            unconfirmedMessages(pending, (id) => medicationById(id)?.generic ?? id),
          ).map(([path, messages]) => [`answers.${path}`, messages]),
        ),
      );
    const outcome = await submitAssessment(user, draftId, answers);
    if (outcome.status === "no-draft")
      return failure("This draft was not found among your assessments.");
    // Stored first; then, for a launch from an EHR that writes on submit, the write-back
    // (its failure is shown on the summary with a retry, never a failed submit).
    await writeBackAfterSubmit(user, outcome.assessmentId);
    return { ok: true, data: { assessmentId: outcome.assessmentId } };
  },
);
