import { z } from "zod";
import { assessmentSchema } from "./schemas";

export const submitAssessmentSchema = z.object({
  draftId: z.uuid({ error: "Unknown draft." }),
  answers: assessmentSchema,
});
export type SubmitAssessmentInput = z.infer<typeof submitAssessmentSchema>;
