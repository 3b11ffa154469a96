/**
 * One zod schema per checklist step, composed into the whole assessment.
 * The wizard validates each step with these through zodResolver, and the server action
 * re-validates the whole assessment with `assessmentSchema`: one definition of "valid".
 * Every field is bounded (length, range or enum) so no input can grow a row without limit.
 */
import { z } from "zod";
import { isKnownMedicationId } from "@/lib/medications/ids";
import { contradictionsOf } from "./contradictions";
import { isShown, isUnanswered } from "./gates";
import * as o from "./options";
import { questionsOf } from "./question-table";

const oneOf = <V extends string>(list: readonly o.Option<V>[], what: string) =>
  z.enum(o.valuesOf(list), { error: `Choose ${what}.` });

/** A multi-select with an exclusive "none"/"unknown" answer and at least one tick. */
const someOf = <V extends string>(
  list: readonly o.Option<V>[],
  what: string,
  exclusive: readonly string[] = [],
) =>
  z
    .array(z.enum(o.valuesOf(list)), { error: `Choose ${what}.` })
    .min(1, { error: `Choose at least one: ${what}.` })
    .max(list.length)
    .refine((v) => new Set(v).size === v.length, { error: "Each option can be chosen once." })
    .refine((v) => v.length === 1 || !v.some((x) => exclusive.includes(x)), {
      error: `“${exclusive.map((x) => o.labelOf(list, x)).join("” or “")}” cannot be combined with other answers.`,
    });

/** A multi-select that may stay empty (its step's rules say when it must not). */
const ticks = <V extends string>(list: readonly o.Option<V>[], each: string) =>
  z
    .array(z.enum(o.valuesOf(list)))
    .max(list.length)
    .refine((v) => new Set(v).size === v.length, { error: `Each ${each} can be ticked once.` });

/**
 * Cross-field checks run even when another field of the step is invalid, so the clinician
 * sees every problem of a step at once instead of in rounds. The value may then be partly
 * malformed, so these checks read it defensively.
 */
const evenWithOtherErrors = {
  when: (payload: { value: unknown }) =>
    typeof payload.value === "object" && payload.value !== null,
};

/**
 * The rules every step shares, read from the question table: a gated question with a
 * required message must be answered while its gate is open, and contradictory answers are
 * refused at the field they sit on. `answers` gives the step's value its place in the
 * assessment, so gates and contradictions read the same paths everywhere.
 */
function stepRules(stepKey: string) {
  const gated = questionsOf(stepKey).filter((q) => q.gate && q.requiredMessage);
  return (value: unknown, ctx: z.RefinementCtx) => {
    const answers = { [stepKey]: value };
    for (const q of gated) {
      if (
        isShown(q, answers) &&
        isUnanswered((value as Record<string, unknown>)[q.path.split(".")[1]])
      )
        ctx.addIssue({ code: "custom", path: [q.path.split(".")[1]], message: q.requiredMessage });
    }
    for (const c of contradictionsOf(answers)) {
      if (c.path.startsWith(`${stepKey}.`))
        ctx.addIssue({ code: "custom", path: c.path.split(".").slice(1), message: c.message });
    }
  };
}

const painItem = (what: string) =>
  z
    .number({ error: `Enter ${what} from 0 to 10.` })
    .int({ error: `Enter ${what} as a whole number.` })
    .min(0, { error: `Enter ${what} from 0 to 10.` })
    .max(10, { error: `Enter ${what} from 0 to 10.` });

export const PATIENT_REFERENCE_MAX = 64;

export const patientStepSchema = z
  .object({
    patientReference: z
      .string({ error: "Enter the patient reference." })
      .trim()
      .min(1, { error: "Enter the patient reference." })
      .max(PATIENT_REFERENCE_MAX, {
        error: `Keep the patient reference to ${PATIENT_REFERENCE_MAX} characters.`,
      }),
    ageBand: oneOf(o.ageBands, "an age band"),
    sex: oneOf(o.sexes, "the patient's sex"),
    reasons: someOf(o.useReasons, "why kratom is used", ["unknown"]),
    otherReason: z.string().trim().max(200, { error: "Keep this to 200 characters." }).optional(),
    peg: z
      .object({
        pain: painItem("average pain in the past week"),
        enjoyment: painItem("interference with enjoyment of life"),
        activity: painItem("interference with general activity"),
      })
      .optional(),
    /** PEG-3 "not asked / declined": then no score is stored and the summary lists it as not asked. */
    pegDeclined: z.boolean().optional(),
  })
  .superRefine((v, ctx) => {
    const reasons: unknown[] = Array.isArray(v?.reasons) ? v.reasons : [];
    const painIsAReason = reasons.some((r) => (o.painReasons as readonly unknown[]).includes(r));
    if (painIsAReason && !v.peg && !v.pegDeclined) {
      ctx.addIssue({
        code: "custom",
        path: ["peg", "pain"],
        message:
          "Pain is a reason for use: complete the three PEG items, or tick “PEG-3 not asked, or the patient declined”.",
      });
    }
    if (v.peg && v.pegDeclined) {
      ctx.addIssue({
        code: "custom",
        path: ["pegDeclined"],
        message: "PEG-3 scores are entered: untick “not asked or declined”, or clear the scores.",
      });
    }
  }, evenWithOtherErrors);

export const usePatternStepSchema = z.object({
  productForms: someOf(o.productForms, "the product forms used"),
  amountPerDose: oneOf(o.doseAmounts, "the usual amount per dose"),
  frequency: oneOf(o.useFrequencies, "how often kratom is used"),
  dosesPerDay: z
    .number({ error: "Enter the doses on a day of use, from 1 to 30." })
    .int({ error: "Enter a whole number of doses." })
    .min(1, { error: "Enter the doses on a day of use, from 1 to 30." })
    .max(30, { error: "Enter the doses on a day of use, from 1 to 30." }),
  duration: oneOf(o.useDurations, "how long kratom has been used"),
  escalation: oneOf(o.yesNoUnknown, "whether the amount has gone up in recent months"),
  needsMoreForEffect: oneOf(o.yesNoUnknown, "whether more is needed for the same effect"),
  coUsed: someOf(o.coUsedSubstances, "other substances used with kratom", ["none", "unknown"]),
});

export const MEDICATIONS_MAX = 60;

export const medicationsStepSchema = z
  .object({
    medicationIds: z
      .array(z.string().regex(/^[a-z0-9-]{1,80}$/, { error: "Unknown medicine." }))
      .max(MEDICATIONS_MAX, { error: `Record at most ${MEDICATIONS_MAX} medicines.` })
      .refine((ids) => new Set(ids).size === ids.length, { error: "A medicine is listed twice." })
      .refine((ids) => ids.every(isKnownMedicationId), {
        error: "A medicine is not in the vocabulary: add it as free text instead.",
      }),
    otherMedicines: z
      .string()
      .trim()
      .max(500, { error: "Keep other medicines to 500 characters." })
      .optional(),
    noneTaken: z.boolean().optional(),
  })
  .superRefine((v, ctx) => {
    const listed =
      (Array.isArray(v?.medicationIds) && v.medicationIds.length > 0) || Boolean(v?.otherMedicines);
    if (!listed && !v.noneTaken) {
      ctx.addIssue({
        code: "custom",
        path: ["medicationIds"],
        message: "Add the current medicines, or confirm the patient takes none.",
      });
    }
    if (listed && v.noneTaken) {
      ctx.addIssue({
        code: "custom",
        path: ["noneTaken"],
        message: "Medicines are listed: untick “takes no medicines”.",
      });
    }
  }, evenWithOtherErrors);

export const dependenceStepSchema = z
  .object({
    criteriaAsked: oneOf(o.criteriaAsked, "whether the criteria were asked"),
    criteria: ticks(o.dsmCriteria, "criterion"),
    withdrawalWhenMissed: oneOf(o.withdrawalWhenMissed, "whether doses missed bring symptoms"),
    withdrawalSymptoms: ticks(o.withdrawalSymptoms, "symptom"),
    lastDose: oneOf(o.lastDoseTimes, "the time since the last dose"),
    quitAttempts: oneOf(o.quitAttempts, "earlier attempts to stop"),
  })
  .superRefine((v, ctx) => {
    if (v?.criteriaAsked === "not-asked" && Array.isArray(v.criteria) && v.criteria.length > 0) {
      ctx.addIssue({
        code: "custom",
        path: ["criteriaAsked"],
        message: "Criteria are ticked: choose “All criteria were asked”.",
      });
    }
  }, evenWithOtherErrors)
  .superRefine(stepRules("dependence"), evenWithOtherErrors);

export const skinStepSchema = z
  .object({
    newDarkening: oneOf(o.yesNoUnknown, "whether there is new darkening of the skin"),
    sites: ticks(o.skinSites, "site"),
    colour: oneOf(o.skinColours, "the colour").optional(),
    onset: oneOf(o.skinOnsets, "when it started").optional(),
    fitzpatrick: oneOf(o.fitzpatrickTypes, "the Fitzpatrick type"),
    otherCauses: someOf(o.pigmentationCauses, "exposure to other causes of pigmentation", [
      "none",
      "unknown",
    ]),
  })
  .superRefine(stepRules("skin"), evenWithOtherErrors);

export const otherHarmsStepSchema = z.object({
  liverSymptoms: someOf(o.liverSymptoms, "liver symptoms", ["none", "unknown"]),
  seizures: oneOf(o.yesNoUnknown, "whether there have been seizures"),
  palpitationsOrFainting: oneOf(o.yesNoUnknown, "whether there have been palpitations or fainting"),
  pregnancy: oneOf(o.pregnancyStatuses, "the pregnancy status"),
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
  .superRefine((v, ctx) => {
    // Contradictions between steps (the tolerance criterion and step 2): each step's own are
    // refused by its step schema.
    for (const c of contradictionsOf(v)) {
      if (c.crossStep)
        ctx.addIssue({ code: "custom", path: c.path.split("."), message: c.message });
    }
  }, evenWithOtherErrors);

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
