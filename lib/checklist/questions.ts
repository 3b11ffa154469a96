/**
 * Question wording per answer, keyed by the dotted path of the answer in the assessment
 * (`usePattern.frequency`). The FHIR Questionnaire reads its item text from here.
 *
 * lib/risk words its finding triggers from this same table. The step components keep their
 * longer form legends.
 * The patient reference has no entry on purpose: it never leaves the app (see lib/fhir).
 */
export const questionText = {
  "patient.ageBand": "Age band",
  "patient.sex": "Sex",
  "patient.reasons": "Reasons for kratom use",
  "patient.otherReason": "Other reason for kratom use",
  "patient.peg": "Pain in the past week (PEG-3), each from 0 to 10",
  "patient.peg.pain": "Average pain (0 none – 10 worst imaginable)",
  "patient.peg.enjoyment": "Interference with enjoyment of life (0 none – 10 complete)",
  "patient.peg.activity": "Interference with general activity (0 none – 10 complete)",
  "patient.pegDeclined": "PEG-3 not asked or declined",
  "usePattern.productForms": "Kratom products used",
  "usePattern.amountPerDose": "Usual amount per dose",
  "usePattern.frequency": "How often kratom is used",
  "usePattern.dosesPerDay": "Doses on a day of use",
  "usePattern.duration": "How long kratom has been used",
  "usePattern.escalation": "Has the amount gone up in recent months?",
  "usePattern.needsMoreForEffect": "Is more needed for the same effect?",
  "usePattern.coUsed": "Other substances used with kratom",
  "medications.medicationIds": "Current medicines",
  "medications.otherMedicines": "Other medicines (free text)",
  "medications.noneTaken": "The patient takes no medicines",
  "dependence.criteriaAsked": "DSM-5 criteria for kratom use in the past 12 months",
  "dependence.criteria": "DSM-5 criteria present",
  "dependence.withdrawalWhenMissed": "Withdrawal when a dose is missed",
  "dependence.withdrawalSymptoms": "Withdrawal symptoms",
  "dependence.lastDose": "Time since the last dose",
  "dependence.quitAttempts": "Earlier attempts to stop",
  "skin.newDarkening": "New darkening of the skin?",
  "skin.sites": "Where the skin has darkened",
  "skin.colour": "Colour of the darkening",
  "skin.onset": "When the darkening started",
  "skin.fitzpatrick": "Fitzpatrick skin type",
  "skin.otherCauses": "Exposure to other causes of pigmentation",
  "otherHarms.liverSymptoms": "Liver symptoms",
  "otherHarms.seizures": "Any seizures?",
  "otherHarms.palpitationsOrFainting": "Palpitations or fainting?",
  "otherHarms.pregnancy": "Pregnancy or breastfeeding",
} as const;

export type AnswerPath = keyof typeof questionText;
