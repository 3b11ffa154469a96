import "server-only";
import { createRemoteJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify } from "jose";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";

/**
 * Who is calling: a registered, active CDS client whose JWT (RFC 7519, as CDS Hooks 2.0 asks)
 * is signed with a key from its registered JWKS, with `iss` its issuer, `aud` the endpoint being
 * called, `exp`, `iat` and a `jti` not seen before. Anything else is null: the route answers
 * 401 with nothing in it. The `jku` header is not followed: keys come only from the registered
 * JWKS URL, and a token naming another set is refused.
 */
export interface CdsCaller {
  id: string;
  clinicId: string;
  issuer: string;
  fhirServer: string | null;
  patientViewEnabled: boolean;
}

const ALGORITHMS = ["ES384", "RS384"];
/** The specification recommends tokens live at most five minutes; a little clock skew is allowed. */
const MAX_LIFETIME_S = 300;
const CLOCK_TOLERANCE_S = 30;

type RemoteSet = ReturnType<typeof createRemoteJWKSet>;
const keySets = new Map<string, RemoteSet>();

/** One cached key set per JWKS URL (jose refetches on an unknown kid, at most every 30 s). */
function keySetFor(url: string): RemoteSet {
  let set = keySets.get(url);
  if (!set) {
    set = createRemoteJWKSet(new URL(url), {
      // Longer than any hook budget: a slow key set ends in the budget's empty answer, not a 401.
      timeoutDuration: 6_000,
      cooldownDuration: 30_000,
      cacheMaxAge: 10 * 60_000,
    });
    keySets.set(url, set);
  }
  return set;
}

function bearer(header: string | null): string | null {
  const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/.exec(
    header?.trim() ?? "",
  );
  return match ? match[1] : null;
}

/** Why a token was refused, for the log only (never its content). */
type Refusal =
  | "no-token"
  | "unreadable"
  | "unknown-issuer"
  | "jku"
  | "invalid"
  | "lifetime"
  | "replayed";

function refuse(reason: Refusal, issuerKnown: boolean): null {
  logger.warn({ cds: "auth", reason, issuerKnown }, "CDS request refused");
  return null;
}

/** Records the jti until the token expires; false when it was already there (a replay). */
async function firstUse(issuer: string, jti: string, exp: number): Promise<boolean> {
  const expiresAt = new Date((exp + CLOCK_TOLERANCE_S) * 1000);
  // Each insert also clears a few expired ids, so the table stays about as large as the number
  // of tokens alive at once, with no background job.
  const inserted = await db.$executeRaw`
    WITH purge AS (
      DELETE FROM cds_jwt_seen WHERE ("issuer", "jti") IN (
        SELECT "issuer", "jti" FROM cds_jwt_seen WHERE "expiresAt" < now() LIMIT 20
      )
    )
    INSERT INTO cds_jwt_seen ("issuer", "jti", "expiresAt") VALUES (${issuer}, ${jti}, ${expiresAt})
    ON CONFLICT DO NOTHING`;
  return inserted === 1;
}

export async function verifyCaller(
  request: Request,
  audiences: readonly string[],
): Promise<CdsCaller | null> {
  const token = bearer(request.headers.get("authorization"));
  if (!token) return refuse("no-token", false);
  let iss: string | undefined;
  let jku: unknown;
  try {
    iss = decodeJwt(token).iss;
    jku = decodeProtectedHeader(token).jku;
  } catch {
    return refuse("unreadable", false);
  }
  if (!iss || iss.length > 255) return refuse("unknown-issuer", false);
  // Raw SQL on the hook's hot path: one round trip, no query compilation per request.
  const [client] = await db.$queryRaw<(CdsCaller & { jwksUrl: string; active: boolean })[]>`
    SELECT id, "clinicId", issuer, "jwksUrl", "fhirServer", "patientViewEnabled", active
    FROM cds_client WHERE issuer = ${iss}`;
  if (!client?.active) return refuse("unknown-issuer", false);
  if (jku !== undefined && jku !== client.jwksUrl) return refuse("jku", true);
  try {
    const { payload } = await jwtVerify(token, keySetFor(client.jwksUrl), {
      issuer: client.issuer,
      audience: [...audiences],
      algorithms: ALGORITHMS,
      requiredClaims: ["exp", "iat", "jti"],
      clockTolerance: CLOCK_TOLERANCE_S,
      maxTokenAge: MAX_LIFETIME_S + CLOCK_TOLERANCE_S,
    });
    const { exp, iat, jti } = payload as { exp: number; iat: number; jti: string };
    if (
      exp - iat > MAX_LIFETIME_S + CLOCK_TOLERANCE_S ||
      typeof jti !== "string" ||
      jti.length > 255
    )
      return refuse("lifetime", true);
    if (!(await firstUse(client.issuer, jti, exp))) return refuse("replayed", true);
  } catch (error) {
    // Database errors are not a bad token: let the caller's budget handling answer them.
    if ((error as { code?: string })?.code?.startsWith("ERR_J")) return refuse("invalid", true);
    throw error;
  }
  const { jwksUrl: _url, active: _active, ...caller } = client;
  return caller;
}
