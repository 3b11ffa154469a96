/**
 * A draft is whatever the form holds, valid or not: a reload must bring back half-typed
 * answers too. It is bounded in shape and size, not in content; the step schemas decide
 * validity when the clinician moves on and when they submit.
 */
import { z } from "zod";
import type { AssessmentInput } from "./schemas";
import { steps } from "./steps";

export type DraftAnswers = {
  [K in keyof AssessmentInput]?: Partial<AssessmentInput[K]> & Record<string, unknown>;
};

export const DRAFT_MAX_BYTES = 32_000;

const stepShape = Object.fromEntries(
  steps.map((s) => [s.key, z.record(z.string().max(40), z.unknown()).optional()]),
) as Record<keyof AssessmentInput, z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>>;

export const draftAnswersSchema = z
  .object(stepShape)
  .strict()
  .refine((v) => JSON.stringify(v).length <= DRAFT_MAX_BYTES, {
    error: "The draft is too large to save.",
  });

export const saveDraftSchema = z.object({
  draftId: z.uuid({ error: "Unknown draft." }),
  answers: draftAnswersSchema,
  stepReached: z.number().int().min(0).max(steps.length),
});
export type SaveDraftInput = z.infer<typeof saveDraftSchema>;
