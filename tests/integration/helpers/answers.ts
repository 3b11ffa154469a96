import type { AssessmentInput } from "@/lib/checklist";

/** A complete, valid assessment as the form would send it. */
export function validInput(
  patientReference = "MRN-0001",
  overrides: Partial<AssessmentInput> = {},
): AssessmentInput {
  return {
    patient: {
      patientReference,
      ageBand: "45-54",
      sex: "female",
      reasons: ["joint-pain"],
      otherReason: "",
      peg: { pain: 6, enjoyment: 5, activity: 7 },
    },
    usePattern: {
      productForms: ["leaf-powder"],
      amountPerDose: "2-5g",
      frequency: "daily",
      dosesPerDay: 4,
      duration: "1-5-years",
      escalation: "yes",
      needsMoreForEffect: "yes",
      coUsed: ["alcohol"],
    },
    medications: {
      medicationIds: ["oxycodone", "gabapentin"],
      otherMedicines: "",
      noneTaken: false,
    },
    dependence: {
      criteriaAsked: "asked",
      criteria: ["tolerance", "withdrawal", "craving", "cannot-cut-down"],
      withdrawalWhenMissed: "yes",
      withdrawalSymptoms: ["restlessness"],
      lastDose: "under-8h",
      quitAttempts: "unsuccessful",
    },
    skin: {
      newDarkening: "yes",
      sites: ["face", "backs-of-hands"],
      colour: "grey-blue",
      onset: "after-1-year",
      fitzpatrick: "II",
      otherCauses: ["none"],
    },
    otherHarms: {
      liverSymptoms: ["none"],
      seizures: "no",
      palpitationsOrFainting: "no",
      pregnancy: "not-applicable",
    },
    ...overrides,
  };
}
