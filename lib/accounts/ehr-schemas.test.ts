import { describe, expect, it } from "vitest";
import { registerEhrSchema } from "./ehr-schemas";

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
