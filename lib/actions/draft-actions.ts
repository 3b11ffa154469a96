"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { saveDraftSchema } from "@/lib/checklist/draft";
import { steps } from "@/lib/checklist/steps";
import { createDraft, discardDraft, saveDraft, submittedAssessmentOf } from "@/lib/dal/drafts";
import { type ActionResult, failure } from "./result";

type SaveDraftResult = ActionResult<{ submittedAssessmentId: string | null }>;

import { createAction } from "./safe-action";

/** Starts a new assessment and opens its first step. */
export const startAssessmentAction = createAction(
  {
    name: "start-assessment",
    role: "clinician",
    schema: z.object({}).strict(),
    rateLimit: { points: 30, duration: 60 },
  },
  async (_input, user) => {
    const id = await createDraft(user);
    redirect(`/checklist/${id}/${steps[0].slug}`);
  },
);

/**
 * Saves the whole form as the clinician moves between steps, so nothing is lost. A draft that
 * was submitted meanwhile answers with its assessment's id, so the page can open the summary.
 */
export const saveDraftAction = createAction(
  {
    name: "save-draft",
    role: "clinician",
    schema: saveDraftSchema,
    rateLimit: { points: 240, duration: 60 },
  },
  async ({ draftId, answers, stepReached }, user): Promise<SaveDraftResult> => {
    if (await saveDraft(user, draftId, answers, stepReached))
      return { ok: true, data: { submittedAssessmentId: null } };
    const submittedAssessmentId = await submittedAssessmentOf(user, draftId);
    if (submittedAssessmentId) return { ok: true, data: { submittedAssessmentId } };
    return failure("This draft cannot be changed: it was discarded or is not yours.");
  },
);

/** Deletes one of the clinician's own unsubmitted drafts (audited in the DAL). */
export const discardDraftAction = createAction(
  {
    name: "discard-draft",
    role: "clinician",
    schema: z.object({ draftId: z.uuid({ error: "Unknown draft." }) }).strict(),
    rateLimit: { points: 30, duration: 60 },
  },
  async ({ draftId }, user) => {
    if (!(await discardDraft(user, draftId)))
      return failure("This draft could not be discarded: it was submitted or is not yours.");
    return { ok: true, data: undefined };
  },
);
