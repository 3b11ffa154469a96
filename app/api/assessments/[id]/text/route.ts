import { z } from "zod";
import { getAssessment } from "@/lib/dal/assessments";
import { env } from "@/lib/env";
import { guardedRoute } from "@/lib/http/guarded-route";
import { jsonError } from "@/lib/http/responses";
import { safeTimeZone, summaryToText } from "@/lib/report/plain-text";

const inputSchema = z.object({
  id: z.uuid({ error: "The assessment id is not valid." }),
  tz: z
    .string()
    .max(64)
    .refine((tz) => safeTimeZone(tz) === tz, { error: "Unknown time zone." })
    .optional(),
});

/**
 * The note "Copy as text" puts on the clipboard, for one of the clinician's own assessments,
 * dated in the browser's time zone. Fetched on click, so the summary page does not carry it.
 * Ownership is in the DAL: someone else's id and a missing id are both 404.
 */
export const GET = guardedRoute(
  {
    name: "assessment.text",
    role: "clinician",
    denied: "Only the clinician who made an assessment can copy it.",
    rateLimit: { points: 60, duration: 60 },
    schema: inputSchema,
    input: async (request: Request, context: { params: Promise<{ id: string }> }) => ({
      id: (await context.params).id,
      tz: new URL(request.url).searchParams.get("tz") ?? undefined,
    }),
  },
  async ({ id, tz }, user) => {
    const assessment = await getAssessment(user, id);
    if (!assessment) return jsonError(404, "No such assessment.");
    const note = summaryToText({
      summary: assessment.summary,
      at: assessment.submittedAt,
      timeZone: tz,
      link: new URL(`/assessments/${assessment.id}`, env().BETTER_AUTH_URL).toString(),
      frequency: assessment.answers.usePattern?.frequency,
      answers: assessment.answers,
    });
    return new Response(note, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
  },
);
