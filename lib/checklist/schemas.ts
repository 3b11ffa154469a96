/**
 * One zod schema per checklist step, composed into the whole assessment: the server action
 * validates the whole assessment with `assessmentSchema`, the authority on what is stored.
 * Every message and cross-field check comes from field-rules.ts and step-checks.ts, which the
 * browser's check (check-answers.ts) reads too: one definition of "valid", and no zod in the
 * checklist's first page load. Every field is bounded (length, range or enum) so no input can
 * grow a row without limit.
 */
import { z } from "zod";
import { isKnownMedicationId } from "@/lib/medications/ids";
import { fieldRuleAt, MEDICINE_NOT_IN_VOCABULARY, UNREADABLE } from "./field-rules";
import * as o from "./options";
import { patientReferenceSchema } from "./patient-reference-schema";
import { crossStepIssues, type Issue, stepIssues } from "./step-checks";
import type { StepKey } from "./steps";

export { MEDICATIONS_MAX, PATIENT_REFERENCE_MAX } from "./field-rules";

const ruleAt = <K extends string>(path: string, kind: K) => {
  const rule = fieldRuleAt(path);
  if (rule.kind !== kind) throw new Error(`${path} is ${rule.kind}, not ${kind}`);
  return rule as Extract<ReturnType<typeof fieldRuleAt>, { kind: K }>;
};

/** A single choice from the question's options. */
const oneOf = <V extends string>(list: readonly o.Option<V>[], path: string) =>
  z.enum(o.valuesOf(list), { error: ruleAt(path, "one").invalid });

/**
 * A multi-select: at least one tick when its rule says so, each once, and an exclusive
 * "none"/"unknown" answer alone. Size checks run even after a wrong option (zod's `when`),
 * the refinements only on a list of known options.
 */
const someOf = <V extends string>(list: readonly o.Option<V>[], path: string) => {
  const rule = ruleAt(path, "some");
  const atLeastOne = z.array(z.enum(o.valuesOf(list), { error: rule.invalid }), {
    error: rule.invalid,
  });
  return (rule.empty ? atLeastOne.min(1, { error: rule.empty }) : atLeastOne)
    .max(list.length, { error: rule.twice })
    .refine((v) => new Set(v).size === v.length, { error: rule.twice })
    .refine((v) => v.length === 1 || !v.some((x) => rule.exclusive.includes(x)), {
      error: rule.combined,
    });
};

const integer = (path: string) => {
  const rule = ruleAt(path, "integer");
  return z
    .number({ error: rule.range })
    .int({ error: rule.whole })
    .min(rule.min, { error: rule.range })
    .max(rule.max, { error: rule.range });
};

/** Optional free text of the table (the patient reference has its own schema). */
const text = (path: string) => {
  const rule = ruleAt(path, "text");
  return z.string({ error: rule.invalid }).trim().max(rule.max, { error: rule.tooLong });
};

const flag = (path: string) => z.boolean({ error: ruleAt(path, "boolean").invalid }).optional();

/** A step: its fields, then the checks that read several of them (step-checks.ts). */
const step = <S extends z.ZodRawShape>(key: StepKey, shape: S) => {
  const issues = stepIssues(key);
  return z.object(shape, { error: UNREADABLE }).superRefine((v, ctx) => addIssues(ctx, issues(v)), {
    // Run even when a field is invalid: every problem of a step at once, not in rounds.
    when: isAnObject,
  });
};

/** What z.object accepts: the checks that read several answers run on nothing else. */
const isAnObject = ({ value }: { value: unknown }) =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const addIssues = (ctx: z.RefinementCtx, issues: Issue[]) => {
  for (const i of issues) ctx.addIssue({ code: "custom", path: i.path, message: i.message });
};

export const patientStepSchema = step("patient", {
  patientReference: patientReferenceSchema,
  ageBand: oneOf(o.ageBands, "patient.ageBand"),
  sex: oneOf(o.sexes, "patient.sex"),
  reasons: someOf(o.useReasons, "patient.reasons"),
  otherReason: text("patient.otherReason").optional(),
  /** PEG-3 "not asked / declined": then no score is stored and the summary lists it as not asked. */
  pegDeclined: flag("patient.pegDeclined"),
  peg: z
    .object(
      {
        pain: integer("patient.peg.pain"),
        enjoyment: integer("patient.peg.enjoyment"),
        activity: integer("patient.peg.activity"),
      },
      { error: UNREADABLE },
    )
    .optional(),
});

export const usePatternStepSchema = step("usePattern", {
  productForms: someOf(o.productForms, "usePattern.productForms"),
  amountPerDose: oneOf(o.doseAmounts, "usePattern.amountPerDose"),
  frequency: oneOf(o.useFrequencies, "usePattern.frequency"),
  dosesPerDay: integer("usePattern.dosesPerDay"),
  duration: oneOf(o.useDurations, "usePattern.duration"),
  escalation: oneOf(o.yesNoUnknown, "usePattern.escalation"),
  needsMoreForEffect: oneOf(o.yesNoUnknown, "usePattern.needsMoreForEffect"),
  coUsed: someOf(o.coUsedSubstances, "usePattern.coUsed"),
});

const medicines = ruleAt("medications.medicationIds", "medicines");

export const medicationsStepSchema = step("medications", {
  medicationIds: z
    .array(
      z.string({ error: medicines.unknown }).regex(medicines.pattern, { error: medicines.unknown }),
      { error: medicines.unknown },
    )
    .max(medicines.max, { error: medicines.tooMany })
    .refine((ids) => new Set(ids).size === ids.length, { error: medicines.twice })
    .refine((ids) => ids.every(isKnownMedicationId), { error: MEDICINE_NOT_IN_VOCABULARY }),
  otherMedicines: text("medications.otherMedicines").optional(),
  noneTaken: flag("medications.noneTaken"),
});

export const dependenceStepSchema = step("dependence", {
  withdrawalWhenMissed: oneOf(o.withdrawalWhenMissed, "dependence.withdrawalWhenMissed"),
  withdrawalSymptoms: someOf(o.withdrawalSymptoms, "dependence.withdrawalSymptoms"),
  lastDose: oneOf(o.lastDoseTimes, "dependence.lastDose"),
  quitAttempts: oneOf(o.quitAttempts, "dependence.quitAttempts"),
  criteriaAsked: oneOf(o.criteriaAsked, "dependence.criteriaAsked"),
  criteria: someOf(o.dsmCriteria, "dependence.criteria"),
});

export const skinStepSchema = step("skin", {
  newDarkening: oneOf(o.yesNoUnknown, "skin.newDarkening"),
  sites: someOf(o.skinSites, "skin.sites"),
  colour: oneOf(o.skinColours, "skin.colour").optional(),
  onset: oneOf(o.skinOnsets, "skin.onset").optional(),
  fitzpatrick: oneOf(o.fitzpatrickTypes, "skin.fitzpatrick"),
  otherCauses: someOf(o.pigmentationCauses, "skin.otherCauses"),
});

export const otherHarmsStepSchema = step("otherHarms", {
  liverSymptoms: someOf(o.liverSymptoms, "otherHarms.liverSymptoms"),
  seizures: oneOf(o.yesNoUnknown, "otherHarms.seizures"),
  palpitationsOrFainting: oneOf(o.yesNoUnknown, "otherHarms.palpitationsOrFainting"),
  pregnancy: oneOf(o.pregnancyStatuses, "otherHarms.pregnancy"),
});

export const assessmentSchema = z
  .object({
    patient: patientStepSchema,
    usePattern: usePatternStepSchema,
    medications: medicationsStepSchema,
    dependence: dependenceStepSchema,
    skin: skinStepSchema,
    otherHarms: otherHarmsStepSchema,
  })
  .superRefine((v, ctx) => addIssues(ctx, crossStepIssues(v)), { when: isAnObject });

/** The step list names the same steps as the schema (steps.ts cannot import zod's types). */
export const stepSchemas = assessmentSchema.shape satisfies Record<StepKey, z.ZodType>;

export type PatientStepInput = z.infer<typeof patientStepSchema>;
export type UsePatternStepInput = z.infer<typeof usePatternStepSchema>;
export type MedicationsStepInput = z.infer<typeof medicationsStepSchema>;
export type DependenceStepInput = z.infer<typeof dependenceStepSchema>;
export type SkinStepInput = z.infer<typeof skinStepSchema>;
export type OtherHarmsStepInput = z.infer<typeof otherHarmsStepSchema>;
export type AssessmentInput = z.infer<typeof assessmentSchema>;
/** What the rules see: the assessment without the patient reference, which never leaves the action. */
export type AssessmentAnswers = Omit<AssessmentInput, "patient"> & {
  patient: Omit<PatientStepInput, "patientReference">;
};

const _sameStepKeys: [StepKey, keyof AssessmentInput] extends [keyof AssessmentInput, StepKey]
  ? true
  : never = true;
