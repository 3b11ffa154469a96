"use server";
import { z } from "zod";
import { confirmPrefill } from "@/lib/dal/ehr-launches";
import { writeBack } from "@/lib/smart/write-back";
import { failure } from "./result";
import { createAction } from "./safe-action";

/** Writes (or retries writing) a launched assessment back to its EHR: "on click" or after a failure. */
export const writeBackAction = createAction(
  {
    name: "ehr-write-back",
    role: "clinician",
    schema: z.object({ assessmentId: z.uuid({ error: "Unknown assessment." }) }).strict(),
    rateLimit: { points: 20, duration: 60 },
  },
  async ({ assessmentId }, user) => {
    const result = await writeBack(user, assessmentId);
    if (!result) return failure("This assessment was not opened from an EHR.");
    if (result.error) return failure(result.error);
    return { ok: true, data: { written: result.written } };
  },
);

/**
 * The clinician has checked answers that came from the record against the patient: the listed
 * fields (keys of lib/fhir/prefill-confirmation.ts), or every one when none are listed.
 */
export const confirmPrefillAction = createAction(
  {
    name: "ehr-confirm-prefill",
    role: "clinician",
    schema: z
      .object({
        draftId: z.uuid({ error: "Unknown draft." }),
        fields: z.array(z.string().max(80)).min(1).max(100).optional(),
      })
      .strict(),
  },
  async ({ draftId, fields }, user) => {
    if (!(await confirmPrefill(user, draftId, fields)))
      return failure("This draft was not opened from an EHR.");
    return { ok: true, data: undefined };
  },
);
