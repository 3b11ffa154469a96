import "server-only";
import { z } from "zod";
import { providerForEmail } from "@/lib/dal/identity-providers";
import { appUrl, flowCookie, refusedRedirect, withinStartLimit } from "@/lib/http/redirect-flow";
import { encryptJson } from "@/lib/security/patient-reference";
import { oauth } from "@/lib/smart/oauth";
import { discoverProvider } from "./provider";
import type { SsoRefusalCode } from "./refusals";

export const SSO_COOKIE = "kc_sso";
export const SSO_TTL_S = 600;

export interface SsoRequest {
  providerId: string;
  state: string;
  nonce: string;
  verifier: string;
  expires: number;
}

export { appUrl };

export const ssoRefused = (code: SsoRefusalCode, headers: Record<string, string> = {}) =>
  refusedRedirect("/sso/refused", code, headers);

/** The sealed request in an HttpOnly cookie on /sso: bound to this browser, unreadable to it. */
export const ssoCookie = (value: string, maxAge: number) =>
  flowCookie(SSO_COOKIE, "/sso", value, maxAge);

const startSchema = z.object({ email: z.email().max(254) });

/**
 * GET /sso/start?email=…: the email's domain picks the clinic's OpenID Connect provider; the
 * browser goes to it with PKCE (S256), state and nonce (openid-client), scope `openid email profile`.
 */
export async function startSso(request: Request): Promise<Response> {
  if (!(await withinStartLimit("sso", request))) return ssoRefused("too-many");
  const url = new URL(request.url);
  const parsed = startSchema.safeParse({ email: url.searchParams.get("email") ?? "" });
  if (!parsed.success) return ssoRefused("bad-request");
  const provider = await providerForEmail(parsed.data.email);
  if (!provider) return ssoRefused("no-provider");
  const config = await discoverProvider(provider);
  if (!config) return ssoRefused("provider-unreachable");
  const pending: SsoRequest = {
    providerId: provider.id,
    state: oauth.randomState(),
    nonce: oauth.randomNonce(),
    verifier: oauth.randomPKCECodeVerifier(),
    expires: Date.now() + SSO_TTL_S * 1000,
  };
  const target = oauth.buildAuthorizationUrl(config, {
    redirect_uri: appUrl("/sso/callback"),
    scope: "openid email profile",
    state: pending.state,
    nonce: pending.nonce,
    code_challenge: await oauth.calculatePKCECodeChallenge(pending.verifier),
    code_challenge_method: "S256",
    login_hint: parsed.data.email,
  });
  return new Response(null, {
    status: 303,
    headers: {
      location: target.href,
      "set-cookie": ssoCookie(encryptJson(pending), SSO_TTL_S),
      "cache-control": "no-store",
    },
  });
}
