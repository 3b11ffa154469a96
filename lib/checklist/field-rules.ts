/**
 * What "valid" means for each answer, as plain data: kind, options, bounds and gates read from
 * the question table, plus the words of every message. The zod schemas (schemas.ts, the
 * server's authority) take their messages from here, and the browser checks a step with
 * check-answers.ts, which reads the same rules without zod: one source for every message, and
 * no validation library in the checklist's first page load (docs/scaling.md).
 */
import { patientReferenceRule } from "./patient-reference";
import { type Question, questionsOf } from "./question-table";

export { PATIENT_REFERENCE_MAX } from "./patient-reference";
export const MEDICATIONS_MAX = 60;

export type FieldRule =
  | { kind: "one"; values: readonly string[]; invalid: string; optional: boolean }
  | {
      kind: "some";
      values: readonly string[];
      invalid: string;
      /** Set when at least one tick is needed. */
      empty?: string;
      twice: string;
      exclusive: readonly string[];
      combined: string;
    }
  | { kind: "integer"; min: number; max: number; range: string; whole: string }
  | { kind: "text"; max: number; invalid: string; tooLong: string; required?: string }
  | { kind: "boolean"; invalid: string }
  | { kind: "group"; invalid: string; fields: Record<string, FieldRule> }
  | {
      kind: "medicines";
      max: number;
      /** An id's shape; whether it is in the vocabulary is checked apart (check-answers.ts). */
      pattern: RegExp;
      unknown: string;
      tooMany: string;
      twice: string;
    };

/** A step's answers that are not an object (only a tampered or broken draft). */
export const UNREADABLE = "These answers could not be read: answer the questions again.";
export const MEDICINE_NOT_IN_VOCABULARY =
  "A medicine is not in the vocabulary: add it as free text instead.";

/** How each answer is named in its messages ("Choose <the usual amount per dose>."). */
const what: Record<string, string> = {
  "patient.patientReference": "the patient reference",
  "patient.ageBand": "an age band",
  "patient.sex": "the patient's sex",
  "patient.reasons": "why kratom is used",
  "patient.otherReason": "this",
  "patient.peg.pain": "average pain in the past week",
  "patient.peg.enjoyment": "interference with enjoyment of life",
  "patient.peg.activity": "interference with general activity",
  "usePattern.productForms": "the product forms used",
  "usePattern.amountPerDose": "the usual amount per dose",
  "usePattern.frequency": "how often kratom is used",
  "usePattern.dosesPerDay": "the doses on a day of use",
  "usePattern.duration": "how long kratom has been used",
  "usePattern.escalation": "whether the amount has gone up in recent months",
  "usePattern.needsMoreForEffect": "whether more is needed for the same effect",
  "usePattern.coUsed": "other substances used with kratom",
  "medications.otherMedicines": "other medicines",
  "dependence.criteriaAsked": "whether the criteria were asked",
  "dependence.criteria": "criterion",
  "dependence.withdrawalWhenMissed": "whether doses missed bring symptoms",
  "dependence.withdrawalSymptoms": "symptom",
  "dependence.lastDose": "the time since the last dose",
  "dependence.quitAttempts": "earlier attempts to stop",
  "skin.newDarkening": "whether there is new darkening of the skin",
  "skin.sites": "site",
  "skin.colour": "the colour",
  "skin.onset": "when it started",
  "skin.fitzpatrick": "the Fitzpatrick type",
  "skin.otherCauses": "exposure to other causes of pigmentation",
  "otherHarms.liverSymptoms": "liver symptoms",
  "otherHarms.seizures": "whether there have been seizures",
  "otherHarms.palpitationsOrFainting": "whether there have been palpitations or fainting",
  "otherHarms.pregnancy": "the pregnancy status",
};

/** Whole-number messages that name the answer differently from "Enter <what> as a whole number." */
const wholeMessage: Record<string, string> = {
  "usePattern.dosesPerDay": "Enter a whole number of doses.",
};

const words = (path: string) => {
  const w = what[path];
  if (!w) throw new Error(`No message words for ${path} (lib/checklist/field-rules.ts)`);
  return w;
};

const labelsOf = (q: Question, values: readonly string[]) =>
  values.map((v) => q.options?.find((o) => o.value === v)?.label ?? v);

/** The rule of one question of the table. */
export function ruleOf(q: Question): FieldRule {
  switch (q.kind) {
    case "one":
      return {
        kind: "one",
        values: (q.options ?? []).map((o) => o.value),
        invalid: `Choose ${words(q.path)}.`,
        // A gated radio with nothing to store once closed may stay unanswered (skin colour);
        // one closed to a value of its own (pregnancy: not applicable) is always answered.
        optional: Boolean(q.gate) && !("cleared" in q),
      };
    case "some": {
      // Required unless it is optional or gated: then an empty list is an answer, and its
      // step's rules say when the open gate needs a tick (requiredMessage).
      const required = !q.optional && !q.gate;
      const exclusive = q.exclusive ?? [];
      return {
        kind: "some",
        values: (q.options ?? []).map((o) => o.value),
        invalid: required ? `Choose ${words(q.path)}.` : "Choose from the options shown.",
        empty: required ? `Choose at least one: ${words(q.path)}.` : undefined,
        twice: required
          ? "Each option can be chosen once."
          : `Each ${words(q.path)} can be ticked once.`,
        exclusive,
        combined: `“${labelsOf(q, exclusive).join("” or “")}” cannot be combined with other answers.`,
      };
    }
    case "integer": {
      const min = q.min ?? 0;
      const max = q.max ?? 0;
      return {
        kind: "integer",
        min,
        max,
        range: `Enter ${words(q.path)} from ${min} to ${max}.`,
        whole: wholeMessage[q.path] ?? `Enter ${words(q.path)} as a whole number.`,
      };
    }
    case "text":
    case "long-text":
      return {
        kind: "text",
        max: q.maxLength ?? 0,
        invalid: "Enter this as text.",
        tooLong: `Keep ${words(q.path)} to ${q.maxLength} characters.`,
      };
    case "boolean":
      return { kind: "boolean", invalid: "Tick or untick this box." };
    case "group":
      return {
        kind: "group",
        invalid: UNREADABLE,
        fields: Object.fromEntries((q.items ?? []).map((item) => [keyOf(item.path), ruleOf(item)])),
      };
    case "medicines":
      return {
        kind: "medicines",
        max: MEDICATIONS_MAX,
        pattern: /^[a-z0-9-]{1,80}$/,
        unknown: "Unknown medicine.",
        tooMany: `Record at most ${MEDICATIONS_MAX} medicines.`,
        twice: "A medicine is listed twice.",
      };
  }
}

const keyOf = (path: string) => path.split(".").pop() as string;

/** The patient reference has no entry in the question table (it never leaves the app). */
const patientReference: FieldRule = patientReferenceRule;

/** Every answer of a step and its rule, in form order. */
export function fieldRulesOf(stepKey: string): Record<string, FieldRule> {
  const rules: Record<string, FieldRule> = stepKey === "patient" ? { patientReference } : {};
  for (const q of questionsOf(stepKey)) rules[keyOf(q.path)] = ruleOf(q);
  return rules;
}

/** The rule of the answer at a dotted path (`usePattern.dosesPerDay`, `patient.peg.pain`). */
export function fieldRuleAt(path: string): FieldRule {
  const [step, ...rest] = path.split(".");
  let rule: FieldRule | undefined = { kind: "group", invalid: "", fields: fieldRulesOf(step) };
  for (const key of rest) rule = rule?.kind === "group" ? rule.fields[key] : undefined;
  if (!rule) throw new Error(`No field rule at ${path}`);
  return rule;
}
