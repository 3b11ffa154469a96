/**
 * Answers for the rules when all that is known is "uses kratom" (from the chart): every item the
 * chart cannot tell is "unknown" or left empty, the medicines are the chart's and the order's,
 * and the frequency is one of the form's values, set by the caller. Only findings that name an
 * ordered medicine are used (judge.ts), and of those only the medicine triggers are shown, so
 * nothing here is ever presented as the patient's answer. Age band and sex do not change any
 * medicine finding; they are fixed placeholders the rules require.
 */
import type { AssessmentAnswers } from "@/lib/checklist/schemas";
import type { UseFrequency } from "./kratom-signal";

export function chartAnswers(frequency: UseFrequency, medicationIds: string[]): AssessmentAnswers {
  return {
    patient: { ageBand: "35-44", sex: "not-stated", reasons: ["other"], pegDeclined: true },
    usePattern: {
      productForms: ["other"],
      amountPerDose: "unknown",
      frequency,
      dosesPerDay: 1,
      duration: "1-6-months",
      escalation: "unknown",
      needsMoreForEffect: "unknown",
      // Not "none": co-use is not known from the chart, so no co-used substance is assumed.
      coUsed: [],
    },
    medications: { medicationIds, noneTaken: medicationIds.length === 0 ? true : undefined },
    dependence: {
      criteriaAsked: "not-asked",
      criteria: [],
      withdrawalWhenMissed: "unknown",
      withdrawalSymptoms: [],
      lastDose: "unknown",
      quitAttempts: "unknown",
    },
    skin: { newDarkening: "unknown", sites: [], fitzpatrick: "unknown", otherCauses: ["unknown"] },
    otherHarms: {
      liverSymptoms: ["unknown"],
      seizures: "unknown",
      palpitationsOrFainting: "unknown",
      pregnancy: "unknown",
    },
  };
}
