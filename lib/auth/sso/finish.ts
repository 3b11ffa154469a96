import "server-only";
import { randomUUID } from "node:crypto";
import { audit } from "@/lib/audit";
import { sessionCookieFor } from "@/lib/auth/session-cookie";
import { cookieValues } from "@/lib/auth/session-read";
import { emailDomainOf, type IdentityProvider, providerById } from "@/lib/dal/identity-providers";
import { db } from "@/lib/db";
import { decryptJson } from "@/lib/security/patient-reference";
import { oauth } from "@/lib/smart/oauth";
import { discoverProvider } from "./provider";
import type { SsoRefusalCode } from "./refusals";
import { appUrl, SSO_COOKIE, type SsoRequest, ssoCookie, ssoRefused } from "./start";

/** A function, not a constant: the cookie reads the configuration, which a build does not have. */
const clear = () => ({ "set-cookie": ssoCookie("", 0) });

type Found =
  | { ok: true; userId: string; role: string; linked: boolean }
  | { ok: false; reason: SsoRefusalCode };

/**
 * The app's user for the provider's `sub`: an earlier link wins; otherwise the user with the
 * verified email, who must belong to the provider's clinic, is linked (account linking). Nobody
 * is created: accounts come from the clinic admin. A user of another clinic is refused.
 */
async function userFor(provider: IdentityProvider, sub: string, email: string): Promise<Found> {
  const providerId = `oidc:${provider.id}`;
  const linked = await db.account.findFirst({
    where: { providerId, accountId: sub },
    select: { user: { select: { id: true, clinicId: true, active: true, role: true } } },
  });
  const user =
    linked?.user ??
    (await db.user.findUnique({
      where: { email: email.toLowerCase() },
      select: { id: true, clinicId: true, active: true, role: true },
    }));
  if (!user) return { ok: false, reason: "unknown-user" };
  if (user.clinicId !== provider.clinicId) return { ok: false, reason: "other-organisation" };
  if (!user.active) return { ok: false, reason: "inactive-user" };
  if (!linked)
    await db.account.create({
      data: { id: randomUUID(), providerId, accountId: sub, userId: user.id },
    });
  return { ok: true, userId: user.id, role: user.role, linked: !linked };
}

/** GET /sso/callback: openid-client checks state, nonce, PKCE, issuer, audience and signature. */
export async function finishSso(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const cookies = cookieValues(request.headers.get("cookie") ?? "", SSO_COOKIE);
  let pending: SsoRequest | null = null;
  try {
    pending = cookies.length === 1 ? decryptJson<SsoRequest>(cookies[0]) : null;
  } catch {
    pending = null;
  }
  if (!pending || pending.expires < Date.now()) return ssoRefused("bad-state", clear());
  const provider = await providerById(pending.providerId);
  if (!provider) return ssoRefused("no-provider", clear());
  const refuse = async (reason: SsoRefusalCode) => {
    await audit({
      action: "sso.sign-in-refused",
      clinicId: provider.clinicId,
      targetType: "identity_provider",
      targetId: provider.id,
      outcome: "denied",
    });
    return ssoRefused(reason, clear());
  };
  if (url.searchParams.has("error")) return refuse("provider-error");
  if (url.searchParams.get("state") !== pending.state) return refuse("bad-state");
  const config = await discoverProvider(provider);
  if (!config) return refuse("provider-unreachable");
  let claims: ReturnType<Awaited<ReturnType<typeof oauth.authorizationCodeGrant>>["claims"]>;
  try {
    const tokens = await oauth.authorizationCodeGrant(
      config,
      new URL(`/sso/callback${url.search}`, appUrl("/")),
      {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      },
    );
    claims = tokens.claims();
  } catch {
    return refuse("token-refused");
  }
  const email =
    typeof claims?.email === "string" && claims.email_verified !== false ? claims.email : undefined;
  if (!claims?.sub || !email) return refuse("no-email");
  if (emailDomainOf(email) !== provider.emailDomain) return refuse("other-organisation");
  const found = await userFor(provider, claims.sub, email);
  if (!found.ok) return refuse(found.reason);
  const who = { actorId: found.userId, actorRole: found.role, clinicId: provider.clinicId };
  if (found.linked)
    await audit({
      action: "sso.account-linked",
      ...who,
      targetType: "identity_provider",
      targetId: provider.id,
    });
  await audit({
    action: "auth.sign-in",
    ...who,
    targetType: "identity_provider",
    targetId: provider.id,
  });
  const headers = new Headers({
    location: appUrl(found.role === "admin" ? "/admin" : "/assessments"),
    "cache-control": "no-store",
  });
  headers.append("set-cookie", clear()["set-cookie"]);
  headers.append("set-cookie", await sessionCookieFor(found.userId));
  return new Response(null, { status: 303, headers });
}
