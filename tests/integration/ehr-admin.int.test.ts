// Admin → EHR: registering an EHR and the clinic's identity provider, for the admin's own clinic
// only; secrets sealed; another clinic's issuer or email domain refused at the field; clinicians
// refused.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { asRequestFrom } from "./helpers/action-context";
import { makeUser } from "./helpers/users";
import { ORIGIN, rawDb } from "./security-fixtures";

const actions = await import("@/lib/actions/ehr-admin-actions");

const ehr = (issuer: string) => ({
  name: "Clinic EHR",
  issuer,
  clientId: "client-1",
  clientSecret: "a-secret-value",
  privateKeyPem: "",
  writeBack: "on-click" as const,
  userPolicy: "create" as const,
});

describe("Admin → EHR", () => {
  it("registers an EHR for the admin's clinic with its secret sealed, and updates it in place", async () => {
    const admin = await makeUser("admin");
    asRequestFrom(ORIGIN, admin);
    const issuer = `https://${randomUUID()}.ehr.example/fhir/`;
    const result = await actions.registerEhrAction(ehr(issuer));
    if (!result.ok) throw new Error(JSON.stringify(result));
    const row = await rawDb.ehrConnection.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(row).toMatchObject({
      clinicId: admin.clinicId,
      issuer: issuer.replace(/\/$/, ""),
      writeBack: "on-click",
    });
    expect(row.clientSecretCipher).not.toContain("a-secret-value");
    const again = await actions.registerEhrAction({
      ...ehr(issuer),
      writeBack: "never",
      clientSecret: "",
    });
    expect(again).toEqual({ ok: true, data: { id: row.id } });
    const updated = await rawDb.ehrConnection.findUniqueOrThrow({ where: { id: row.id } });
    expect(updated.writeBack).toBe("never");
    expect(updated.clientSecretCipher).toBe(row.clientSecretCipher); // a blank secret keeps the old one
  });

  it("refuses another clinic's EHR address and IdP domain at the field, and refuses clinicians", async () => {
    const first = await makeUser("admin");
    const second = await makeUser("admin");
    const issuer = `https://${randomUUID()}.ehr.example/fhir`;
    asRequestFrom(ORIGIN, first);
    expect((await actions.registerEhrAction(ehr(issuer))).ok).toBe(true);
    asRequestFrom(ORIGIN, second);
    expect(await actions.registerEhrAction(ehr(issuer))).toEqual({
      ok: false,
      formError: "Check the highlighted fields.",
      fieldErrors: { issuer: ["This EHR address is already registered by another clinic."] },
    });
    const domain = `${randomUUID().slice(0, 8)}.example.org`;
    const idp = {
      name: "IdP",
      issuer: "https://login.example.com",
      clientId: "c",
      clientSecret: "",
      emailDomain: domain,
    };
    asRequestFrom(ORIGIN, first);
    expect((await actions.registerIdentityProviderAction(idp)).ok).toBe(true);
    asRequestFrom(ORIGIN, second);
    expect(await actions.registerIdentityProviderAction(idp)).toMatchObject({
      ok: false,
      fieldErrors: { emailDomain: ["Another clinic signs in with this email domain."] },
    });
    asRequestFrom(ORIGIN, await makeUser("clinician"));
    expect((await actions.registerEhrAction(ehr(`https://${randomUUID()}.x.example`))).ok).toBe(
      false,
    );
  });
});

describe("key rotation of the EHR tables", () => {
  it("re-seals an EHR's secret under the new key, still readable, and leaves current values alone", async () => {
    const { randomBytes } = await import("node:crypto");
    const { env } = await import("@/lib/env");
    const { seal, unseal } = await import("@/lib/security/crypto-format");
    const { rotateEhrCiphers } = await import("@/scripts/rotate-ehr-keys");
    const admin = await makeUser("admin");
    const old = env().ENCRYPTION_KEYS[0];
    const row = await rawDb.ehrConnection.create({
      data: {
        clinicId: admin.clinicId,
        name: "Old",
        issuer: `https://${randomUUID()}.ehr.example/fhir`,
        clientId: "c",
        clientSecretCipher: seal("the-secret", old),
      },
    });
    const next = { id: "rot9", key: randomBytes(32) };
    const keys = [next, old];
    expect(await rotateEhrCiphers(rawDb, keys, true)).toBeGreaterThanOrEqual(1);
    expect(
      (await rawDb.ehrConnection.findUniqueOrThrow({ where: { id: row.id } })).clientSecretCipher,
    ).toBe(row.clientSecretCipher);
    await rotateEhrCiphers(rawDb, keys, false);
    const after =
      (await rawDb.ehrConnection.findUniqueOrThrow({ where: { id: row.id } })).clientSecretCipher ??
      "";
    expect(after.startsWith("rot9.")).toBe(true);
    expect(unseal(after, [next])).toBe("the-secret");
    expect(await rotateEhrCiphers(rawDb, keys, true)).toBe(0);
    // Back under the configured key, so the other tests' rows stay readable to the app.
    await rotateEhrCiphers(rawDb, [old, next], false);
  });
});
