"use server";
import { redirect } from "next/navigation";
import { submitAssessmentSchema } from "@/lib/checklist/submit";
import { submitAssessment } from "@/lib/dal/assessments";
import { failure } from "./result";
import { createAction } from "./safe-action";

/**
 * Validates the whole assessment with the same schemas as the form, computes the findings,
 * stores everything in one transaction and opens the summary. Idempotent per draft.
 */
export const submitAssessmentAction = createAction(
  {
    name: "submit-assessment",
    role: "clinician",
    schema: submitAssessmentSchema,
    rateLimit: { points: 30, duration: 60 },
  },
  async ({ draftId, answers }, user) => {
    const outcome = await submitAssessment(user, draftId, answers);
    if (outcome.status === "no-draft")
      return failure("This draft was not found among your assessments.");
    redirect(`/assessments/${outcome.assessmentId}`);
  },
);
