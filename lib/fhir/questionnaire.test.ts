import { describe, expect, it } from "vitest";
import * as o from "@/lib/checklist/options";
import { questionText } from "@/lib/checklist/questions";
import { stepSchemas } from "@/lib/checklist/schemas";
import { steps } from "@/lib/checklist/steps";
import { medications } from "@/lib/medications";
import { codeSystemOf, MEDICATIONS_SYSTEM } from "./codes";
import { flattenItems, questionnaire } from "./questionnaire";
import { outcomeText, validateFhir } from "./testing";

const items = flattenItems(questionnaire.item);
const byLinkId = new Map(items.map((i) => [i.linkId, i]));
const item = (linkId: string) => {
  const found = byLinkId.get(linkId);
  if (!found) throw new Error(`No item ${linkId}`);
  return found;
};

describe("Questionnaire", () => {
  it("is valid FHIR R4 according to @medplum/core's validator", () => {
    let issues: { severity?: string }[] = [];
    expect(() => {
      issues = validateFhir(questionnaire);
    }, "validateResource threw").not.toThrow();
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
  }, 30_000); // the first call indexes the R4 definitions: seconds on a shared machine

  it("fails validation when broken, so the validator is really checking", () => {
    const broken = { ...questionnaire, status: "finished", item: [{ linkId: "x", type: "group" }] };
    expect(() => validateFhir(broken)).toThrow();
    try {
      validateFhir(broken);
    } catch (error) {
      expect(outcomeText(error)).toMatch(/status|que-1/);
    }
  });

  it("has one group per wizard step, in step order, titled as the step", () => {
    expect(questionnaire.item.map((g) => [g.linkId, g.type, g.text])).toEqual(
      steps.map((s) => [s.key, "group", s.title]),
    );
  });

  it("covers every field of every step schema except the patient reference", () => {
    const fields = steps.flatMap((s) =>
      Object.keys(stepSchemas[s.key].shape).map((k) => `${s.key}.${k}`),
    );
    const expected = fields.filter((f) => f !== "patient.patientReference");
    for (const path of expected) expect(byLinkId.has(path), path).toBe(true);
    expect(JSON.stringify(questionnaire)).not.toMatch(/patientReference|patient reference/i);
  });

  it("uses unique linkIds, each with the checklist's question wording", () => {
    const linkIds = items.map((i) => i.linkId);
    expect(new Set(linkIds).size).toBe(linkIds.length);
    for (const i of items.filter((x) => x.linkId.includes("."))) {
      expect(i.text).toBe(questionText[i.linkId as keyof typeof questionText]);
    }
  });

  it("offers “not asked / unknown” for the co-use and reasons questions (issue 16 §3)", () => {
    const codes = (linkId: string) => item(linkId).answerOption?.map((a) => a.valueCoding.code);
    expect(codes("usePattern.coUsed")).toContain("unknown");
    expect(codes("patient.reasons")).toContain("unknown");
    expect(item("usePattern.coUsed").repeats).toBe(true);
  });

  it("takes answer options from the checklist option lists, labels included", () => {
    const frequency = item("usePattern.frequency");
    expect(frequency.type).toBe("choice");
    expect(frequency.repeats).toBeUndefined();
    expect(frequency.answerOption?.map((a) => a.valueCoding)).toEqual(
      o.useFrequencies.map((x) => ({
        system: "https://kratom-checklist.example/fhir/CodeSystem/use-frequencies",
        code: x.value,
        display: x.label,
      })),
    );
    expect(item("skin.newDarkening").answerOption?.[0].valueCoding.system).toBe(
      codeSystemOf(o.yesNoUnknown),
    );
    expect(codeSystemOf(o.yesNoUnknown)).toMatch(/\/CodeSystem\/yes-no-unknown$/);
    expect(() => codeSystemOf([{ value: "x", label: "X" }])).toThrow();
  });

  it("marks multi-selects as repeating and lists every medicine by generic name", () => {
    for (const p of ["patient.reasons", "usePattern.coUsed", "skin.sites", "dependence.criteria"])
      expect(item(p).repeats, p).toBe(true);
    const meds = item("medications.medicationIds");
    expect(meds.repeats).toBe(true);
    expect(meds.answerOption).toHaveLength(medications.length);
    expect(meds.answerOption?.[0].valueCoding).toEqual({
      system: MEDICATIONS_SYSTEM,
      code: medications[0].id,
      display: medications[0].generic,
    });
    expect(item("medications.otherMedicines").type).toBe("text");
    expect(item("usePattern.dosesPerDay").type).toBe("integer");
    expect(item("medications.noneTaken").type).toBe("boolean");
  });

  it.each([
    ["patient.peg", "patient.reasons", ["joint-pain", "other-chronic-pain", "acute-pain"]],
    ["skin.sites", "skin.newDarkening", ["yes"]],
    ["skin.colour", "skin.newDarkening", ["yes"]],
    ["skin.onset", "skin.newDarkening", ["yes"]],
    ["dependence.withdrawalSymptoms", "dependence.withdrawalWhenMissed", ["yes"]],
    ["dependence.criteria", "dependence.criteriaAsked", ["asked"]],
  ])("enables %s only when %s is one of %j", (linkId, gate, codes) => {
    const conditions = item(linkId).enableWhen ?? [];
    expect(conditions.map((c) => [c.question, c.operator, c.answerCoding?.code])).toEqual(
      codes.map((code) => [gate, "=", code]),
    );
    if (codes.length > 1) expect(item(linkId).enableBehavior).toBe("any");
  });

  it("asks about pregnancy unless the patient is male", () => {
    const conditions = item("otherHarms.pregnancy").enableWhen ?? [];
    expect(conditions.map((c) => [c.question, c.operator, c.answerCoding?.code])).toEqual([
      ["patient.sex", "!=", "male"],
    ]);
  });

  it("only conditions on earlier questions and on answer codes that exist (que-12 too)", () => {
    const order = items.map((i) => i.linkId);
    for (const i of items) {
      for (const c of i.enableWhen ?? []) {
        expect(order.indexOf(c.question), i.linkId).toBeLessThan(order.indexOf(i.linkId));
        if (c.answerCoding) {
          const codes = item(c.question).answerOption?.map((a) => a.valueCoding.code);
          expect(codes, i.linkId).toContain(c.answerCoding.code);
        }
      }
      if ((i.enableWhen?.length ?? 0) > 1) expect(i.enableBehavior, i.linkId).toBeDefined();
      if (i.answerOption) expect(i.type).toBe("choice");
    }
  });

  it("marks required answers as the step schemas do", () => {
    const optional = items.filter((i) => !i.required).map((i) => i.linkId);
    expect(optional.sort()).toEqual(
      [
        "dependence.criteria",
        "medications.medicationIds",
        "medications.otherMedicines",
        "patient.otherReason",
        "patient.peg",
        "patient.pegDeclined",
      ].sort(),
    );
  });
});
