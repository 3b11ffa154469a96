import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isKnownMedicationId } from "@/lib/medications/ids";
import { baseAnswers } from "@/lib/risk/fixtures";
import { checkAssessment, checkStep, type Issue } from "./check-answers";
import { type FieldRule, fieldRulesOf } from "./field-rules";
import { assessmentSchema, stepSchemas } from "./schemas";
import { type StepKey, steps } from "./steps";

/** What the form shows: the first message per answer, in order (as zodResolver reports it). */
const firstPerPath = (issues: readonly { path: PropertyKey[]; message: string }[]) => {
  const seen = new Map<string, string>();
  for (const i of issues) {
    const path = i.path.map(String).join(".");
    if (!seen.has(path)) seen.set(path, i.message);
  }
  return [...seen];
};
const viaZod = (key: StepKey, value: unknown) =>
  firstPerPath(
    (stepSchemas[key].safeParse(value).error?.issues ?? []).map((i) => ({
      ...i,
      path: [key, ...i.path],
    })),
  );
const options = { knownMedicine: isKnownMedicationId };
const viaCheck = (key: StepKey, value: unknown) => firstPerPath(checkStep(key, value, options));

const junk = fc.constantFrom<unknown>(
  undefined,
  null,
  "",
  "  ",
  "x",
  0,
  2.5,
  Number.NaN,
  true,
  [],
  {},
);

/** Answers for one field: valid ones, near misses and values of the wrong type. */
function answerFor(rule: FieldRule): fc.Arbitrary<unknown> {
  switch (rule.kind) {
    case "one":
      return fc.oneof(fc.constantFrom(...rule.values), junk);
    case "some":
      return fc.oneof(
        fc.subarray([...rule.values]),
        fc.array(fc.constantFrom(...rule.values), { maxLength: rule.values.length + 2 }),
        fc.array(fc.oneof(fc.constantFrom(...rule.values), junk), { maxLength: 3 }),
        junk,
      );
    case "integer":
      return fc.oneof(
        fc.integer({ min: rule.min - 2, max: rule.max + 2 }),
        fc.constantFrom(0.5, 2 ** 60, Number.POSITIVE_INFINITY),
        junk,
      );
    case "text":
      return fc.oneof(
        fc.string({ maxLength: 4 }),
        fc.constantFrom(
          "x".repeat(rule.max),
          ` ${"x".repeat(rule.max)} `,
          "x".repeat(rule.max + 1),
        ),
        junk,
      );
    case "boolean":
      return fc.oneof(fc.boolean(), junk);
    case "group":
      return fc.oneof(stepAnswers(rule.fields), junk);
    case "medicines":
      return fc.oneof(
        fc.array(
          fc.constantFrom<unknown>("sertraline", "tramadol", "not-a-medicine", "Bad Id", 7),
          {
            maxLength: 3,
          },
        ),
        fc.constant(Array(61).fill("sertraline")),
        junk,
      );
  }
}

const stepAnswers = (rules: Record<string, FieldRule>) =>
  fc.record(
    Object.fromEntries(Object.entries(rules).map(([key, rule]) => [key, answerFor(rule)])),
    { requiredKeys: [] },
  );

/** From a complete, valid step, a few answers changed: reaches the one-error cases too. */
const nearValid = (key: StepKey) =>
  fc
    .tuple(stepAnswers(fieldRulesOf(key)), fc.integer({ min: 0, max: 3 }))
    .map(([changed, keep]) => {
      const base: Record<string, unknown> = {
        ...baseAnswers()[key],
        ...(key === "patient" ? { patientReference: "MRN-1" } : {}),
      };
      for (const k of Object.keys(changed).slice(0, keep + 1)) base[k] = changed[k];
      return base;
    });

describe("the browser's check says what the server's zod schemas say", () => {
  it.each(steps.map((s) => s.key))("on generated %s answers", (key) => {
    fc.assert(
      fc.property(fc.oneof(stepAnswers(fieldRulesOf(key)), nearValid(key), junk), (value) => {
        expect(viaCheck(key, value)).toEqual(viaZod(key, value));
      }),
      { numRuns: 400 },
    );
  });

  it("on whole assessments, contradictions between steps included", () => {
    const assessment = fc.record(
      Object.fromEntries(steps.map((s) => [s.key, fc.oneof(nearValid(s.key), junk)])),
    );
    fc.assert(
      fc.property(assessment, (answers) => {
        const zod = firstPerPath(assessmentSchema.safeParse(answers).error?.issues ?? []);
        expect(firstPerPath(checkAssessment(answers, options))).toEqual(zod);
      }),
      { numRuns: 300 },
    );
  });
});

describe("check-answers", () => {
  const messages = (issues: Issue[]) => Object.fromEntries(firstPerPath(issues));

  it("accepts a complete assessment and names every unanswered field of a step", () => {
    const answers = {
      ...baseAnswers(),
      patient: { ...baseAnswers().patient, patientReference: "X" },
    };
    expect(checkAssessment(answers, options)).toEqual([]);
    expect(messages(checkStep("usePattern", { productForms: [], coUsed: [] }))).toEqual({
      "usePattern.productForms": "Choose at least one: the product forms used.",
      "usePattern.amountPerDose": "Choose the usual amount per dose.",
      "usePattern.frequency": "Choose how often kratom is used.",
      "usePattern.dosesPerDay": "Enter the doses on a day of use from 1 to 30.",
      "usePattern.duration": "Choose how long kratom has been used.",
      "usePattern.escalation": "Choose whether the amount has gone up in recent months.",
      "usePattern.needsMoreForEffect": "Choose whether more is needed for the same effect.",
      "usePattern.coUsed": "Choose at least one: other substances used with kratom.",
    });
  });

  it("checks vocabulary membership only once the vocabulary is there", () => {
    const value = { medicationIds: ["not-a-medicine"] };
    expect(checkStep("medications", value)).toEqual([]);
    expect(messages(checkStep("medications", value, options))["medications.medicationIds"]).toBe(
      "A medicine is not in the vocabulary: add it as free text instead.",
    );
  });
});
