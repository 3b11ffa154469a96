"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { saveDraftSchema } from "@/lib/checklist/draft";
import { steps } from "@/lib/checklist/steps";
import { createDraft, saveDraft } from "@/lib/dal/drafts";
import { failure } from "./result";
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

/** Saves the whole form as the clinician moves between steps, so nothing is lost. */
export const saveDraftAction = createAction(
  {
    name: "save-draft",
    role: "clinician",
    schema: saveDraftSchema,
    rateLimit: { points: 240, duration: 60 },
  },
  async ({ draftId, answers, stepReached }, user) => {
    const saved = await saveDraft(user, draftId, answers, stepReached);
    if (!saved) return failure("This draft cannot be changed: it was submitted or is not yours.");
    return { ok: true, data: undefined };
  },
);
