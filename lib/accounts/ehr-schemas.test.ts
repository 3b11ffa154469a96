import { describe, expect, it } from "vitest";
import { registerEhrSchema, registerIdentityProviderSchema } from "./ehr-schemas";

const valid = {
  name: "Clinic EHR",
  issuer: "https://ehr.example/fhir",
  clientId: "abc",
  writeBack: "on-submit",
  userPolicy: "link-by-email",
};
const messageFor = (input: object) => registerEhrSchema.safeParse(input).error?.issues[0]?.message;

describe("registerEhrSchema", () => {
  it("accepts an https FHIR base, or plain http on loopback only (the local test EHR)", () => {
    expect(registerEhrSchema.safeParse(valid).success).toBe(true);
    expect(
      registerEhrSchema.safeParse({ ...valid, issuer: "http://127.0.0.1:3190/fhir" }).success,
    ).toBe(true);
    expect(messageFor({ ...valid, issuer: "http://ehr.example/fhir" })).toBe(
      "Enter the EHR's FHIR base URL, starting with https://.",
    );
    expect(messageFor({ ...valid, issuer: "not a url" })).toBe(
      "Enter the EHR's FHIR base URL, starting with https://.",
    );
  });

  it("takes a PKCS#8 PEM key and refuses anything else, with a message at the field", () => {
    const pem = "-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n";
    expect(registerEhrSchema.safeParse({ ...valid, privateKeyPem: pem }).success).toBe(true);
    expect(messageFor({ ...valid, privateKeyPem: "ssh-rsa AAAA" })).toMatch(/PKCS#8/);
    expect(messageFor({ ...valid, writeBack: "sometimes" })).toBe(
      "Choose when to write to the EHR.",
    );
  });
});

describe("registerIdentityProviderSchema", () => {
  const idp = {
    name: "Clinic Entra ID",
    issuer: "https://login.example.com/tenant/v2.0",
    clientId: "abc",
    emailDomain: "Clinic.Example.org",
  };
  it("takes an https issuer and a domain (lower-cased), and refuses an address as the domain", () => {
    expect(registerIdentityProviderSchema.parse(idp).emailDomain).toBe("clinic.example.org");
    expect(
      registerIdentityProviderSchema.safeParse({ ...idp, emailDomain: "me@clinic.example.org" })
        .success,
    ).toBe(false);
    expect(
      registerIdentityProviderSchema.safeParse({ ...idp, issuer: "http://login.example.com" })
        .success,
    ).toBe(false);
  });
});
