/**
 * Answers as question/answer lines in the form's own words: the review page, the summary
 * and the plain-text note all read the same lines.
 */
import * as o from "./options";
import type { StepKey } from "./steps";

export interface AnswerLine {
  question: string;
  answer: string;
}

type Loose = Record<string, unknown> | undefined;
const list = (opts: readonly o.Option[], v: unknown) =>
  Array.isArray(v) && v.length ? v.map((x) => o.labelOf(opts, String(x))).join("; ") : "—";
const one = (opts: readonly o.Option[], v: unknown) =>
  v == null || v === "" ? "—" : o.labelOf(opts, String(v));
const text = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : "—");

export function describeStep(
  key: StepKey,
  values: Loose,
  medicationName: (id: string) => string,
): AnswerLine[] {
  const v = values ?? {};
  switch (key) {
    case "patient": {
      const peg = v.peg as Record<string, unknown> | undefined;
      const lines = [
        { question: "Age band", answer: one(o.ageBands, v.ageBand) },
        { question: "Sex", answer: one(o.sexes, v.sex) },
        { question: "Reasons for use", answer: list(o.useReasons, v.reasons) },
        { question: "Other reason", answer: text(v.otherReason) },
      ];
      if (peg)
        lines.push({
          question: "PEG-3 (pain, enjoyment, activity)",
          answer: `${peg.pain ?? "—"}, ${peg.enjoyment ?? "—"}, ${peg.activity ?? "—"} (each 0–10)`,
        });
      return lines;
    }
    case "usePattern":
      return [
        { question: "Products", answer: list(o.productForms, v.productForms) },
        { question: "Amount per dose", answer: one(o.doseAmounts, v.amountPerDose) },
        { question: "Frequency", answer: one(o.useFrequencies, v.frequency) },
        {
          question: "Doses on a day of use",
          answer: v.dosesPerDay == null ? "—" : String(v.dosesPerDay),
        },
        { question: "Duration of use", answer: one(o.useDurations, v.duration) },
        { question: "Amount gone up recently", answer: one(o.yesNoUnknown, v.escalation) },
        {
          question: "Needs more for the same effect",
          answer: one(o.yesNoUnknown, v.needsMoreForEffect),
        },
        { question: "Used with", answer: list(o.coUsedSubstances, v.coUsed) },
      ];
    case "medications": {
      const ids = Array.isArray(v.medicationIds) ? (v.medicationIds as string[]) : [];
      return [
        {
          question: "Medicines",
          answer: ids.length
            ? ids.map(medicationName).join("; ")
            : v.noneTaken
              ? "Takes no medicines"
              : "—",
        },
        { question: "Other medicines (not checked)", answer: text(v.otherMedicines) },
      ];
    }
    case "dependence":
      return [
        {
          question: "DSM-5 criteria",
          answer:
            v.criteriaAsked === "asked"
              ? `${(v.criteria as unknown[])?.length ?? 0} of 11: ${list(o.dsmCriteria, v.criteria)}`
              : one(o.criteriaAsked, v.criteriaAsked),
        },
        {
          question: "Symptoms when a dose is missed",
          answer: one(o.withdrawalWhenMissed, v.withdrawalWhenMissed),
        },
        {
          question: "Withdrawal symptoms",
          answer: list(o.withdrawalSymptoms, v.withdrawalSymptoms),
        },
        { question: "Last dose", answer: one(o.lastDoseTimes, v.lastDose) },
        { question: "Earlier attempts to stop", answer: one(o.quitAttempts, v.quitAttempts) },
      ];
    case "skin":
      return [
        { question: "New darkening of the skin", answer: one(o.yesNoUnknown, v.newDarkening) },
        ...(v.newDarkening === "yes"
          ? [
              { question: "Sites", answer: list(o.skinSites, v.sites) },
              { question: "Colour", answer: one(o.skinColours, v.colour) },
              { question: "Onset", answer: one(o.skinOnsets, v.onset) },
            ]
          : []),
        { question: "Fitzpatrick type", answer: one(o.fitzpatrickTypes, v.fitzpatrick) },
        {
          question: "Other causes of pigmentation",
          answer: list(o.pigmentationCauses, v.otherCauses),
        },
      ];
    case "otherHarms":
      return [
        { question: "Liver symptoms", answer: list(o.liverSymptoms, v.liverSymptoms) },
        { question: "Seizures", answer: one(o.yesNoUnknown, v.seizures) },
        {
          question: "Palpitations or fainting",
          answer: one(o.yesNoUnknown, v.palpitationsOrFainting),
        },
        { question: "Pregnancy and breastfeeding", answer: one(o.pregnancyStatuses, v.pregnancy) },
      ];
  }
}
