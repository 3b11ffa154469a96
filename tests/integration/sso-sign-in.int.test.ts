// Sign-in through the clinic's own OpenID Connect provider (issue 19 §5), against the same real
// OpenID Connect server as the EHR tests (oidc-provider in scripts/test-ehr): login with account
// linking, a token for another audience, a user of another organisation, an unknown user, a
// state from another browser: each refused with a clear page.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { registerIdentityProvider } from "@/lib/dal/identity-providers";
import {
  SSO_CLIENT_ID,
  SSO_CLIENT_SECRET,
  startTestEhr,
  type TestEhr,
} from "@/scripts/test-ehr/index.mjs";
import { PRACTITIONER } from "@/scripts/test-ehr/seed.mjs";
import { SmartBrowser } from "./helpers/smart-browser";
import { APP } from "./helpers/test-ehr";
import { makeUser } from "./helpers/users";
import { rawDb } from "./security-fixtures";

let idp: TestEhr;
let clinician: SessionUser;
let providerId: string;
const domain = `${randomUUID().slice(0, 8)}.clinic.example`;

/** A user of `clinicId` whose email is at `at`. */
async function userAt(role: "clinician" | "admin", at: string, clinicId?: string) {
  const user = await makeUser(role);
  const email = `${role}-${randomUUID().slice(0, 8)}@${at}`;
  await rawDb.user.update({
    where: { id: user.id },
    data: { email, ...(clinicId ? { clinicId } : {}) },
  });
  return { ...user, email, clinicId: clinicId ?? user.clinicId };
}

/** The provider's signed-in user now has this email. */
async function providerUserIs(email: string, id = PRACTITIONER.id) {
  await idp.repo.updateResource({
    ...PRACTITIONER,
    id,
    telecom: [{ system: "email", value: email }],
  });
  idp.session.signedInAs = id;
}

const signIn = (email: string) =>
  new SmartBrowser().follow(`${APP}/sso/start?email=${encodeURIComponent(email)}`);
const refusal = (url: URL) =>
  url.pathname === "/sso/refused" ? url.searchParams.get("reason") : `landed on ${url.pathname}`;

beforeAll(async () => {
  idp = await startTestEhr({ appUrls: [APP] });
  const admin = await userAt("admin", domain);
  clinician = await userAt("clinician", domain, admin.clinicId);
  providerId = (await registerIdentityProvider(admin, {
    name: "Clinic IdP",
    issuer: idp.baseUrl,
    clientId: SSO_CLIENT_ID,
    clientSecret: SSO_CLIENT_SECRET,
    emailDomain: domain,
  })) as string;
});
afterAll(async () => idp?.stop());

describe("sign-in with the clinic's identity provider", () => {
  it("signs the clinician in, linking the provider's account to theirs once", async () => {
    await providerUserIs(clinician.email);
    const first = await signIn(clinician.email);
    expect(first.url.pathname).toBe("/assessments");
    expect(first.res.headers.getSetCookie().join("\n")).toMatch(/better-auth\.session_token=/);
    const links = () =>
      rawDb.account.findMany({ where: { userId: clinician.id, providerId: `oidc:${providerId}` } });
    expect((await links()).map((a) => a.accountId)).toEqual([PRACTITIONER.id]);
    expect((await signIn(clinician.email)).url.pathname).toBe("/assessments");
    expect(await links()).toHaveLength(1);
    const audit = await rawDb.auditEvent.findMany({
      where: { actorId: clinician.id, targetId: providerId },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "sso.account-linked",
      "auth.sign-in",
      "auth.sign-in",
    ]);
  });

  it("refuses an id_token issued to another audience", async () => {
    await providerUserIs(clinician.email);
    idp.tamper.idTokenAudience = "some-other-app";
    try {
      expect(refusal((await signIn(clinician.email)).url)).toBe("token-refused");
    } finally {
      idp.tamper.idTokenAudience = undefined;
    }
  });

  it("refuses a user of another organisation, by clinic and by email domain", async () => {
    const elsewhere = await userAt("clinician", domain); // right domain, another clinic
    await providerUserIs(elsewhere.email, "dr-elsewhere");
    expect(refusal((await signIn(clinician.email)).url)).toBe("other-organisation");
    await providerUserIs("someone@another-org.example", "dr-other-domain");
    expect(refusal((await signIn(clinician.email)).url)).toBe("other-organisation");
    expect(await rawDb.session.count({ where: { userId: elsewhere.id } })).toBe(0);
  });

  it("refuses an unknown user, a domain without a provider, and a state from another browser", async () => {
    await providerUserIs(`nobody-${randomUUID().slice(0, 6)}@${domain}`, "dr-nobody");
    expect(refusal((await signIn(clinician.email)).url)).toBe("unknown-user");
    expect(refusal((await signIn("someone@no-provider.example")).url)).toBe("no-provider");
    expect(refusal((await signIn("not an email")).url)).toBe("bad-request");
    await providerUserIs(clinician.email);
    const browser = new SmartBrowser();
    browser.beforeCallback = (url) => {
      browser.jar.get(new URL(APP).origin)?.clear();
      return url;
    };
    expect(
      refusal(
        (await browser.follow(`${APP}/sso/start?email=${encodeURIComponent(clinician.email)}`)).url,
      ),
    ).toBe("bad-state");
  });
});
