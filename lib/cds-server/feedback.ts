import "server-only";
import { feedbackSchema, serviceById } from "@/lib/cds-hooks";
import { parseBody } from "./body";
import { verifyCaller } from "./caller";
import { json, serviceUrl, unauthorized } from "./responses";
import { recordFeedback } from "./store";

const FEEDBACK_BODY_LIMIT = 64_000;

/**
 * POST /cds-services/{id}/feedback: what the prescriber did with cards. The token's `aud` is the
 * feedback endpoint (or, as some clients send it, the service's own).
 */
export async function handleFeedback(serviceId: string, request: Request): Promise<Response> {
  const service = serviceById(serviceId);
  if (!service) return json({ error: "Unknown CDS service." }, 404);
  const url = serviceUrl(serviceId);
  const caller = await verifyCaller(request, [`${url}/feedback`, url]);
  if (!caller) return unauthorized();
  const parsed = await parseBody(request, FEEDBACK_BODY_LIMIT, feedbackSchema);
  if (!parsed.ok) return parsed.response;
  const stored = await recordFeedback(caller, parsed.data);
  return json({ stored });
}
