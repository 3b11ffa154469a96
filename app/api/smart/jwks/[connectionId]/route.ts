import { z } from "zod";
import { connectionById } from "@/lib/dal/ehr-connections";
import { jsonError } from "@/lib/http/responses";
import { publicJwks } from "@/lib/smart/client-keys";

const paramsSchema = z.object({ connectionId: z.uuid() });

/**
 * The public key set of one registered EHR connection, for the EHR's `jwks_uri` when the app
 * authenticates with `private_key_jwt` (docs/ehr-integration.md). Public by design, like CDS
 * Hooks discovery: the EHR fetches it without credentials, and it holds public keys only (no
 * secret, no patient data). One connection per URL, so a key one clinic registered can never
 * sign for another clinic's client.
 */
export async function GET(
  _request: Request,
  context: { params: Promise<{ connectionId: string }> },
) {
  const parsed = paramsSchema.safeParse(await context.params);
  if (!parsed.success) return jsonError(404, "No such key set.");
  try {
    const connection = await connectionById(parsed.data.connectionId);
    if (!connection?.privateKeyPem) return jsonError(404, "No such key set.");
    return Response.json(await publicJwks(connection.privateKeyPem), {
      headers: { "cache-control": "public, max-age=300" },
    });
  } catch {
    // A database outage or a key that cannot be read: the EHR retries later.
    return jsonError(503, "The key set cannot be read just now.");
  }
}
