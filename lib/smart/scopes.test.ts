import { describe, expect, it } from "vitest";
import { grants, missingGrants, requestedScopes, usesV2 } from "./scopes";

describe("SMART scopes", () => {
  it("asks for v2 read/search and create/update scopes where the server advertises v2", () => {
    const scopes = requestedScopes(
      { capabilities: ["permission-v2", "permission-offline"] },
      "ehr",
    );
    expect(scopes).toBe(
      "launch openid fhirUser patient/Patient.rs patient/Medication.rs patient/MedicationRequest.rs " +
        "patient/MedicationStatement.rs patient/QuestionnaireResponse.cu patient/DocumentReference.cu offline_access",
    );
  });

  it("falls back to v1 scopes, and a standalone launch asks to pick the patient", () => {
    const scopes = requestedScopes({ capabilities: ["permission-v1"] }, "standalone");
    expect(scopes.split(" ").slice(0, 4)).toEqual([
      "launch/patient",
      "openid",
      "fhirUser",
      "patient/Patient.read",
    ]);
    expect(scopes).toContain("patient/DocumentReference.write");
    expect(scopes).not.toContain("offline_access");
    expect(usesV2({ scopes_supported: ["patient/Patient.read"] })).toBe(false);
    expect(usesV2({ scopes_supported: ["patient/Patient.rs"] })).toBe(true);
  });

  it("reads a grant in either syntax, and a narrowed (query) scope is not taken as the whole type", () => {
    expect(grants("patient/Patient.rs", "Patient", "read")).toBe(true);
    expect(grants("patient/Patient.read", "Patient", "read")).toBe(true);
    expect(grants("patient/*.read", "MedicationRequest", "read")).toBe(true);
    expect(grants("patient/Patient.s", "Patient", "read")).toBe(false);
    expect(grants("patient/DocumentReference.cu", "DocumentReference", "create")).toBe(true);
    expect(grants("patient/DocumentReference.write", "DocumentReference", "create")).toBe(true);
    expect(grants("patient/DocumentReference.rs", "DocumentReference", "create")).toBe(false);
    expect(grants("patient/Observation.rs?category=lab", "Observation", "read")).toBe(false);
  });

  it("lists what the grant leaves out", () => {
    expect(
      missingGrants("launch openid fhirUser patient/Patient.rs patient/DocumentReference.cu"),
    ).toEqual({
      reads: ["Medication", "MedicationRequest", "MedicationStatement"],
      writes: ["QuestionnaireResponse"],
    });
  });
});
