/**
 * Test fixtures: a valid, low-risk set of answers that tests change one step at a time.
 * Exported for other suites (summary rendering, actions, FHIR) so they share one baseline.
 */
import type { AssessmentAnswers, AssessmentInput } from "@/lib/checklist/schemas";

/** Per-step overrides, each shallow-merged into that step of the baseline. */
export type AnswersPatch = { [K in keyof AssessmentAnswers]?: Partial<AssessmentAnswers[K]> };

/**
 * Occasional leaf use for joint pain, no medicines, no dependence signs, nothing on the skin or
 * harms screen: every domain assessed, no finding fires, overall "low".
 */
export function baseAnswers(patch: AnswersPatch = {}): AssessmentAnswers {
  const base: AssessmentAnswers = {
    patient: {
      ageBand: "45-54",
      sex: "female",
      reasons: ["joint-pain"],
      peg: { pain: 5, enjoyment: 4, activity: 4 },
    },
    usePattern: {
      productForms: ["leaf-powder"],
      amountPerDose: "2-5g",
      frequency: "1-3-days-week",
      dosesPerDay: 1,
      duration: "6-12-months",
      escalation: "no",
      needsMoreForEffect: "no",
      coUsed: ["none"],
    },
    medications: { medicationIds: [], noneTaken: true },
    dependence: {
      criteriaAsked: "asked",
      criteria: [],
      withdrawalWhenMissed: "no",
      withdrawalSymptoms: [],
      lastDose: "1-3-days",
      quitAttempts: "none",
    },
    skin: { newDarkening: "no", sites: [], fitzpatrick: "III", otherCauses: ["none"] },
    otherHarms: {
      liverSymptoms: ["none"],
      seizures: "no",
      palpitationsOrFainting: "no",
      pregnancy: "no",
    },
  };
  return {
    patient: { ...base.patient, ...patch.patient },
    usePattern: { ...base.usePattern, ...patch.usePattern },
    medications: { ...base.medications, ...patch.medications },
    dependence: { ...base.dependence, ...patch.dependence },
    skin: { ...base.skin, ...patch.skin },
    otherHarms: { ...base.otherHarms, ...patch.otherHarms },
  };
}

/** Medicines listed: sets the ids and clears "takes none", as the form would. */
export function withMedicines(ids: string[], patch: AnswersPatch = {}): AssessmentAnswers {
  return baseAnswers({
    ...patch,
    medications: { medicationIds: ids, noneTaken: undefined, ...patch.medications },
  });
}

/** The answers as the form submits them (with a patient reference), for schema checks. */
export function asInput(answers: AssessmentAnswers): AssessmentInput {
  return { ...answers, patient: { ...answers.patient, patientReference: "TEST-REF" } };
}
