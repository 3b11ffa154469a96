import "server-only";
import { z } from "zod";
import { connectionByIssuer } from "@/lib/dal/ehr-connections";
import { beginLaunch } from "@/lib/dal/ehr-launches";
import { appUrl, flowCookie, refusedRedirect, withinStartLimit } from "@/lib/http/redirect-flow";
import { tryDiscoverSmart } from "./discovery";
import { oauth, oauthConfiguration } from "./oauth";
import type { RefusalCode } from "./refusals";
import { requestedScopes } from "./scopes";

export const STATE_COOKIE = "kc_smart_state";

export const launchQuerySchema = z.object({
  iss: z.url().max(500),
  // Present: an EHR launch. Absent: a standalone launch, the patient picked in the EHR.
  launch: z.string().min(1).max(2000).optional(),
});

export { appUrl };
export const redirectUri = () => appUrl("/launch/callback");

export const refusedResponse = (code: RefusalCode, headers: Record<string, string> = {}) =>
  refusedRedirect("/launch/refused", code, headers);

/** The state cookie: bound to this browser, sent back on the EHR's top-level redirect (Lax). */
export const stateCookie = (value: string, maxAge: number) =>
  flowCookie(STATE_COOKIE, "/launch", value, maxAge);

/**
 * GET /launch: finds the clinic's registration for `iss`, discovers the EHR's SMART endpoints,
 * and sends the browser to its authorization endpoint with PKCE (S256), a fresh state (also in
 * a cookie), the narrowest scopes, `aud` = the FHIR base and the EHR's `launch` id.
 */
export async function startLaunch(request: Request): Promise<Response> {
  if (!(await withinStartLimit("launch", request))) return refusedResponse("too-many");
  const url = new URL(request.url);
  const parsed = launchQuerySchema.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) return refusedResponse("bad-request");
  const { iss, launch } = parsed.data;
  const connection = await connectionByIssuer(iss);
  if (!connection) return refusedResponse("unknown-ehr");
  const smart = await tryDiscoverSmart(connection.issuer);
  if (!smart) return refusedResponse("ehr-unreachable");
  const mode = launch ? "ehr" : "standalone";
  const scope = requestedScopes(smart, mode);
  const verifier = oauth.randomPKCECodeVerifier();
  const { state } = await beginLaunch(connection, { verifier, mode, launch, scope });
  const config = await oauthConfiguration(smart, connection);
  const target = oauth.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri(),
    scope,
    state,
    aud: connection.issuer,
    code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
    ...(launch ? { launch } : {}),
  });
  return new Response(null, {
    status: 303,
    headers: {
      location: target.href,
      "set-cookie": stateCookie(state, 600),
      "cache-control": "no-store",
    },
  });
}
