import { saveDraftSchema } from "@/lib/checklist/draft";
import { saveDraft } from "@/lib/dal/drafts";
import { env } from "@/lib/env";
import { guardedRoute } from "@/lib/http/guarded-route";
import { jsonError } from "@/lib/http/responses";
import { isSameOrigin } from "@/lib/http/same-origin";

/** A draft is at most 32 kB of answers (DRAFT_MAX_BYTES); the rest is JSON around it. */
const BODY_LIMIT = 40_000;

const save = guardedRoute(
  {
    // The autosave action's name, so both paths share one rate-limit budget per clinician.
    name: "save-draft",
    role: "clinician",
    denied: "Only clinicians keep drafts.",
    rateLimit: { points: 240, duration: 60 },
    schema: saveDraftSchema,
    invalid: "This draft could not be read.",
    input: async (request: Request, context: { params: Promise<{ draftId: string }> }) => {
      let body: unknown;
      try {
        body = JSON.parse(await request.text());
      } catch {
        return null;
      }
      return typeof body === "object" && body !== null && !Array.isArray(body)
        ? { ...body, draftId: (await context.params).draftId }
        : null;
    },
  },
  async ({ draftId, answers, stepReached }, user) =>
    (await saveDraft(user, draftId, answers, stepReached))
      ? new Response(null, { status: 204 })
      : jsonError(
          409,
          "This draft cannot be changed: it was submitted, discarded or is not yours.",
        ),
);

/**
 * The last autosave of a page being left (wizard-provider.tsx: a keepalive fetch on pagehide,
 * when a server action can no longer be awaited). The same checks as the autosave action:
 * origin, session, role, rate limit, zod, and ownership in the DAL's update.
 */
export async function POST(
  request: Request,
  context: { params: Promise<{ draftId: string }> },
): Promise<Response> {
  if (!isSameOrigin(request.headers.get("origin"), env().BETTER_AUTH_URL))
    return jsonError(403, "This request did not come from the app's own pages.");
  const length = request.headers.get("content-length");
  if (length === null || !/^\d{1,9}$/.test(length) || Number(length) > BODY_LIMIT)
    return new Response("The draft is too large or has no length.", { status: 413 });
  return save(request, context);
}
