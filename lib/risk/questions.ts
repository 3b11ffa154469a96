/**
 * Question wording for triggers, keyed by the dotted path of the answer.
 * A trigger must read like the form the clinician just filled in, so answers are shown with the
 * option labels from lib/checklist/options.ts. lib/checklist does not export question text yet;
 * the wording lives here in one table so it can be pointed at the checklist's copy later.
 */
import { labelOf, type Option } from "@/lib/checklist/options";
import type { Trigger } from "./types";

export const questions = {
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
  "dependence.criteria": "DSM-5 criteria present",
  "dependence.withdrawalWhenMissed": "Withdrawal when a dose is missed",
  "dependence.withdrawalSymptoms": "Withdrawal symptoms",
  "dependence.lastDose": "Time since the last dose",
  "dependence.quitAttempts": "Earlier attempts to stop",
  "skin.newDarkening": "New darkening of the skin?",
  "skin.sites": "Where the skin has darkened",
  "skin.colour": "Colour of the darkening",
  "skin.onset": "When the darkening started",
  "skin.otherCauses": "Exposure to other causes of pigmentation",
  "otherHarms.liverSymptoms": "Liver symptoms",
  "otherHarms.seizures": "Any seizures?",
  "otherHarms.palpitationsOrFainting": "Palpitations or fainting?",
  "otherHarms.pregnancy": "Pregnancy or breastfeeding",
} as const;
export type QuestionPath = keyof typeof questions;

/** A trigger whose answer is already in words (a count, a medicine name). */
export function said(path: QuestionPath, answer: string): Trigger {
  return { path, question: questions[path], answer };
}

/** A trigger for one chosen option, shown with its label. */
export function chose(path: QuestionPath, list: readonly Option[], value: string): Trigger {
  return said(path, labelOf(list, value));
}

/** One trigger per chosen option of a multi-select, in the order they were given. */
export function choseEach(
  path: QuestionPath,
  list: readonly Option[],
  values: readonly string[],
): Trigger[] {
  return values.map((v) => chose(path, list, v));
}
