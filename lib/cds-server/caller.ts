import "server-only";
import { Prisma } from "@prisma/client";
import { decodeJwt, decodeProtectedHeader, jwtVerify } from "jose";
import { logger } from "@/lib/logger";
import { keySetFor, registrationOf } from "./registrations";
import { rows } from "./sql";

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

/**
 * A token whose signature, issuer, audience and lifetime are verified, but whose jti is not yet
 * consumed: nothing may be answered from it but 401 until `firstUse` (or the hook's combined
 * statement, lib/cds-server/basis.ts) has recorded the jti in the database, which every app
 * process shares, so a replay is refused whichever instance it reaches.
 */
export interface VerifiedToken {
  caller: CdsCaller;
  jti: string;
  /** Until when the jti must be remembered (exp plus the clock tolerance). */
  expiresAt: Date;
}

const ALGORITHMS = ["ES384", "RS384"];
/** The specification recommends tokens live at most five minutes; a little clock skew is allowed. */
const MAX_LIFETIME_S = 300;
const CLOCK_TOLERANCE_S = 30;

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

export function refuse(reason: Refusal, issuerKnown: boolean): null {
  logger.warn({ cds: "auth", reason, issuerKnown }, "CDS request refused");
  return null;
}

/**
 * Records the jti until the token expires; the `seen` row is there only when it was not (a
 * replay otherwise). One call in PURGE_EVERY also clears up to 20 expired ids, so the table
 * stays about as large as the number of tokens alive at once, with no background job, and
 * concurrent calls rarely wait on each other's deletes. The hook adds its lookup to the same
 * statement (basis.ts `consumeAndFind`).
 */
const PURGE_EVERY = 8;
export const JTI_INSERT = (t: VerifiedToken) => Prisma.sql`
    ${Math.random() * PURGE_EVERY < 1 ? PURGE : Prisma.empty}
    seen AS (
      INSERT INTO cds_jwt_seen ("issuer", "jti", "expiresAt")
      VALUES (${t.caller.issuer}, ${t.jti}, ${t.expiresAt})
      ON CONFLICT DO NOTHING RETURNING 1
    )`;
const PURGE = Prisma.sql`
    purge AS (
      DELETE FROM cds_jwt_seen WHERE ("issuer", "jti") IN (
        SELECT "issuer", "jti" FROM cds_jwt_seen WHERE "expiresAt" < now() LIMIT 20
      )
    ),`;

/** Consumes the token's jti; false (and logged) when it was used before. */
export async function firstUse(t: VerifiedToken): Promise<boolean> {
  const [row] = await rows<{ fresh: boolean }>(
    Prisma.sql`WITH ${JTI_INSERT(t)} SELECT EXISTS (SELECT 1 FROM seen) AS fresh`,
  );
  if (row?.fresh) return true;
  refuse("replayed", true);
  return false;
}

/** The caller of a fully checked token, jti consumed: for the feedback route. */
export async function verifyCaller(
  request: Request,
  audiences: readonly string[],
): Promise<CdsCaller | null> {
  const token = await verifyToken(request, audiences);
  return token && (await firstUse(token)) ? token.caller : null;
}

/**
 * Everything but the jti, with no database round trip in the usual case: the registration and
 * its key set come from the process's caches (registrations.ts).
 */
export async function verifyToken(
  request: Request,
  audiences: readonly string[],
): Promise<VerifiedToken | null> {
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
  const client = await registrationOf(iss);
  if (!client?.active) return refuse("unknown-issuer", false);
  if (jku !== undefined && jku !== client.jwksUrl) return refuse("jku", true);
  let jti: string;
  let exp: number;
  try {
    const { payload } = await jwtVerify(token, keySetFor(client.jwksUrl), {
      issuer: client.issuer,
      audience: [...audiences],
      algorithms: ALGORITHMS,
      requiredClaims: ["exp", "iat", "jti"],
      clockTolerance: CLOCK_TOLERANCE_S,
      maxTokenAge: MAX_LIFETIME_S + CLOCK_TOLERANCE_S,
    });
    const claims = payload as { exp: number; iat: number; jti: string };
    if (
      claims.exp - claims.iat > MAX_LIFETIME_S + CLOCK_TOLERANCE_S ||
      typeof claims.jti !== "string" ||
      claims.jti.length > 255
    )
      return refuse("lifetime", true);
    ({ jti, exp } = claims);
  } catch (error) {
    // A key set that cannot be fetched is not a bad token: the budget handling answers it.
    if ((error as { code?: string })?.code?.startsWith("ERR_J")) return refuse("invalid", true);
    throw error;
  }
  const { jwksUrl: _url, active: _active, ...caller } = client;
  return { caller, jti, expiresAt: new Date((exp + CLOCK_TOLERANCE_S) * 1000) };
}
