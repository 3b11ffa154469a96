import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AssessmentAnswers } from "@/lib/checklist/schemas";
import { assess } from "@/lib/risk";
import { answersArb } from "@/lib/risk/arbitraries";
import { asInput, baseAnswers, withMedicines } from "@/lib/risk/fixtures";
import { MEDICATIONS_SYSTEM } from "./codes";
import { flattenItems, QUESTIONNAIRE_CANONICAL, questionnaire } from "./questionnaire";
import { toQuestionnaireResponse } from "./questionnaire-response";
import { EXTENSION_URLS } from "./summary-extensions";
import { expectValidResponse } from "./testing";
import type { QuestionnaireResponse, QuestionnaireResponseItem } from "./types";

const ID = "3f2b8c1e-5d4a-4e6f-9b7c-0a1d2e3f4a5b";
const submittedAt = new Date("2026-03-04T05:06:07.000Z");

function responseFor(answers: AssessmentAnswers): QuestionnaireResponse {
  return toQuestionnaireResponse({ id: ID, answers, submittedAt, summary: assess(answers) });
}

const flat = (items: readonly QuestionnaireResponseItem[]): QuestionnaireResponseItem[] =>
  items.flatMap((i) => [i, ...flat(i.item ?? [])]);
const answerOf = (r: QuestionnaireResponse, linkId: string) =>
  flat(r.item).find((i) => i.linkId === linkId)?.answer;

describe("toQuestionnaireResponse", () => {
  it("turns the baseline answers into a valid, completed response to this Questionnaire", () => {
    const r = responseFor(baseAnswers());
    expectValidResponse(r);
    expect(r).toMatchObject({
      resourceType: "QuestionnaireResponse",
      id: ID,
      status: "completed",
      questionnaire: QUESTIONNAIRE_CANONICAL,
      authored: "2026-03-04T05:06:07.000Z",
    });
    expect(answerOf(r, "usePattern.frequency")).toEqual([
      {
        valueCoding: {
          system: "https://kratom-checklist.example/fhir/CodeSystem/use-frequencies",
          code: "1-3-days-week",
          display: "1 to 3 days a week",
        },
      },
    ]);
    expect(answerOf(r, "patient.peg.pain")).toEqual([{ valueInteger: 5 }]);
    expect(answerOf(r, "medications.noneTaken")).toEqual([{ valueBoolean: true }]);
  });

  it("has no subject and never carries the patient reference, even when given one", () => {
    const input = asInput(baseAnswers()) as unknown as AssessmentAnswers;
    const r = responseFor(input);
    expect(r).not.toHaveProperty("subject");
    expect(JSON.stringify(r)).not.toContain("TEST-REF");
    expect(JSON.stringify(r)).not.toMatch(/patientReference/);
  });

  it("codes medicines from the vocabulary and keeps free text as text", () => {
    const answers = withMedicines(["naltrexone", "sertraline"], {
      medications: { otherMedicines: "  Grandma's herbal tonic " },
    });
    const r = responseFor(answers);
    expectValidResponse(r);
    expect(answerOf(r, "medications.medicationIds")).toEqual([
      { valueCoding: { system: MEDICATIONS_SYSTEM, code: "naltrexone", display: "naltrexone" } },
      { valueCoding: { system: MEDICATIONS_SYSTEM, code: "sertraline", display: "sertraline" } },
    ]);
    expect(answerOf(r, "medications.otherMedicines")).toEqual([
      { valueString: "Grandma's herbal tonic" },
    ]);
    // "takes none" is only asked when nothing is listed.
    expect(answerOf(r, "medications.noneTaken")).toBeUndefined();
  });

  it("leaves out follow-up answers whose gate question disables them", () => {
    const stale = baseAnswers({
      skin: { newDarkening: "no", sites: ["face"], colour: "grey-blue", onset: "within-1-year" },
      dependence: { withdrawalWhenMissed: "no", withdrawalSymptoms: ["restlessness"] },
      patient: { reasons: ["energy"] },
    });
    const r = responseFor(stale);
    expectValidResponse(r);
    for (const linkId of ["skin.sites", "skin.colour", "dependence.withdrawalSymptoms"])
      expect(answerOf(r, linkId), linkId).toBeUndefined();
    expect(flat(r.item).some((i) => i.linkId === "patient.peg")).toBe(false);
  });

  it("includes enabled follow-ups, nested where the Questionnaire nests them", () => {
    const r = responseFor(
      baseAnswers({
        skin: { newDarkening: "yes", sites: ["face", "backs-of-hands"], colour: "grey-blue" },
        dependence: { criteria: ["craving", "tolerance"] },
      }),
    );
    expect(answerOf(r, "skin.sites")).toHaveLength(2);
    expect(answerOf(r, "dependence.criteria")).toHaveLength(2);
    const patient = r.item.find((i) => i.linkId === "patient");
    expect(patient?.item?.find((i) => i.linkId === "patient.peg")?.item).toHaveLength(3);
  });

  it("carries the versions, the level and every finding with its triggers and citations", () => {
    const answers = withMedicines(["naltrexone"], { usePattern: { frequency: "daily" } });
    const summary = assess(answers);
    const r = responseFor(answers);
    expectValidResponse(r);
    const ext = r.extension ?? [];
    expect(ext.find((e) => e.url === EXTENSION_URLS.rulesetVersion)?.valueString).toBe(
      summary.rulesetVersion,
    );
    expect(ext.find((e) => e.url === EXTENSION_URLS.overallLevel)?.valueCode).toBe(summary.overall);
    const findings = ext.filter((e) => e.url === EXTENSION_URLS.finding);
    expect(findings.map((f) => f.extension?.[0].valueCode)).toEqual(
      summary.findings.map((f) => f.id),
    );
    const linkIds = new Set(flattenItems(questionnaire.item).map((i) => i.linkId));
    for (const f of findings) {
      const parts = f.extension ?? [];
      expect(parts.some((p) => p.url === "citation")).toBe(true);
      for (const t of parts.filter((p) => p.url === "triggeredBy"))
        expect(linkIds.has(t.valueString ?? "")).toBe(true);
    }
  });

  it("exports a medicine that has left the vocabulary as stored, under the same system", () => {
    const answers = withMedicines(["retired-medicine"]);
    const r = toQuestionnaireResponse({ id: ID, answers, submittedAt, summary: assess(answers) });
    expect(answerOf(r, "medications.medicationIds")).toEqual([
      { valueCoding: { system: MEDICATIONS_SYSTEM, code: "retired-medicine" } },
    ]);
  });

  it("is the same for the same assessment", () => {
    expect(responseFor(baseAnswers())).toEqual(responseFor(baseAnswers()));
  });

  it("is valid and conformant for any schema-valid answers (property)", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        expectValidResponse(responseFor(answers));
      }),
      { numRuns: 60 },
    );
  });
});
