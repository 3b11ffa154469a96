import { describe, expect, it } from "vitest";
import {
  prefetchMatchesPatient,
  prefetchQuery,
  resourceTypeOf,
  sameFhirServer,
  scopeAllows,
} from "./prefetch-plan";

describe("fetching what prefetch did not send", () => {
  it("only within the granted scope (SMART v1 and v2)", () => {
    expect(scopeAllows("patient/MedicationStatement.read", "MedicationStatement")).toBe(true);
    expect(scopeAllows("user/*.read openid", "Condition")).toBe(true);
    expect(scopeAllows("patient/Condition.rs", "Condition")).toBe(true);
    expect(scopeAllows("patient/Condition.r", "Condition")).toBe(false);
    expect(scopeAllows("patient/Condition.cud", "Condition")).toBe(false);
    expect(scopeAllows("patient/Patient.read", "Condition")).toBe(false);
    expect(scopeAllows("", "Condition")).toBe(false);
  });

  it("from the registered server only", () => {
    expect(sameFhirServer("https://ehr.test/fhir/", "https://ehr.test/fhir")).toBe(true);
    expect(sameFhirServer("https://ehr.test/fhir", "https://evil.test/fhir")).toBe(false);
    expect(sameFhirServer("https://ehr.test/fhir", "http://ehr.test/fhir")).toBe(false);
    expect(sameFhirServer("not a url", "https://ehr.test/fhir")).toBe(false);
  });

  it("with the patient id filled in and encoded", () => {
    expect(prefetchQuery("statements", "a/b")).toBe("MedicationStatement?patient=a%2Fb");
    expect(resourceTypeOf("assessment")).toBe("QuestionnaireResponse");
    expect(resourceTypeOf("patient")).toBe("Patient");
  });

  it("refuses prefetch about another patient", () => {
    expect(prefetchMatchesPatient({ patient: { resourceType: "Patient", id: "1" } }, "1")).toBe(
      true,
    );
    expect(prefetchMatchesPatient({ patient: { resourceType: "Patient", id: "2" } }, "1")).toBe(
      false,
    );
    expect(prefetchMatchesPatient({}, "1")).toBe(true);
  });
});
