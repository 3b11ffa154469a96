/**
 * Use-pattern rules: how often, how much and for how long (product forms are in products.ts).
 * Frequency outranks grams on purpose: withdrawal and use-disorder symptoms tracked doses per day
 * more closely than dose amount [R40], and gram bands are anecdotal with no agreed cut-off [R19][R20].
 */

import * as o from "@/lib/checklist/options";
import type { AssessmentAnswers } from "@/lib/checklist/schemas";
import { chose, said } from "../questions";
import { cite, type Rule } from "../rule";

/** Three or more servings a day went with higher odds of severe dependence [R41]. */
export const MULTIPLE_DOSES = 3;
/** "Regular" use: most days of the week. Also used by the interaction and pregnancy rules. */
export const REGULAR_FREQUENCIES: readonly string[] = ["4-6-days-week", "daily"];

const isDaily = (a: AssessmentAnswers) => a.usePattern.frequency === "daily";
const isMulti = (a: AssessmentAnswers) => a.usePattern.dosesPerDay >= MULTIPLE_DOSES;
export const frequencyTrigger = (a: AssessmentAnswers) =>
  chose("usePattern.frequency", o.useFrequencies, a.usePattern.frequency);
const dosesTrigger = (a: AssessmentAnswers) =>
  said("usePattern.dosesPerDay", String(a.usePattern.dosesPerDay));

const frequencyCitations = cite(
  "use-pattern#frequency",
  "dependence-withdrawal#frequency-and-dependence",
);
const askAboutWithdrawal =
  "Consider asking about symptoms when doses are missed and completing the DSM-5 criteria.";

// The three frequency rules are mutually exclusive so one pattern gives one finding, and moving
// towards daily or more doses only ever moves to an equal or higher severity.
export const usePatternRules: Rule[] = [
  {
    id: "use.daily-multiple-doses",
    domain: "use-pattern",
    severity: "high",
    title: "Daily use, three or more doses a day",
    why: "Kratom is taken every day, several times a day. How often kratom is taken tracked withdrawal and use-disorder symptoms more closely than the amount taken, and three or more servings a day went with severe dependence in a survey of regular users.",
    considerations: [
      askAboutWithdrawal,
      "May warrant planning any reduction or stop with the patient, as withdrawal is more likely with this pattern.",
    ],
    strength: "clinical-study",
    citations: frequencyCitations,
    when: (a) => (isDaily(a) && isMulti(a) ? [frequencyTrigger(a), dosesTrigger(a)] : null),
  },
  {
    id: "use.daily",
    domain: "use-pattern",
    severity: "moderate",
    title: "Daily use",
    why: "Kratom is taken every day. Daily use is common among people who use kratom, and frequent use is the pattern most closely linked with withdrawal and use-disorder symptoms.",
    considerations: [askAboutWithdrawal],
    strength: "clinical-study",
    citations: frequencyCitations,
    when: (a) => (isDaily(a) && !isMulti(a) ? [frequencyTrigger(a)] : null),
  },
  {
    id: "use.multiple-doses",
    domain: "use-pattern",
    severity: "moderate",
    title: "Three or more doses on a day of use",
    why: "On days of use kratom is taken three or more times. The number of doses a day was a stronger signal of withdrawal and use-disorder symptoms than the amount per dose.",
    considerations: [askAboutWithdrawal],
    strength: "clinical-study",
    citations: frequencyCitations,
    when: (a) => (!isDaily(a) && isMulti(a) ? [frequencyTrigger(a), dosesTrigger(a)] : null),
  },
  {
    id: "use.high-amount-per-dose",
    domain: "use-pattern",
    severity: "moderate",
    title: "More than 5 g of leaf per dose",
    why: "Doses above about 5 g of leaf are usually described as giving sedating, opioid-like effects. These bands come from user reports: no dose cut-off has been established.",
    considerations: [
      "Consider asking about drowsiness and about other sedating substances taken on the same days.",
      "Consider weighing this with doses per day, which is the stronger dependence signal.",
    ],
    strength: "expert-opinion",
    citations: cite("use-pattern#dose-bands"),
    when: (a) =>
      ["5-15g", "over-15g"].includes(a.usePattern.amountPerDose)
        ? [chose("usePattern.amountPerDose", o.doseAmounts, a.usePattern.amountPerDose)]
        : null,
  },
  {
    id: "use.escalation",
    domain: "use-pattern",
    severity: "moderate",
    title: "Amount has gone up in recent months",
    why: "The amount taken has increased. Rising use is common among people who use kratom and is one of the DSM-5 features of a use disorder.",
    considerations: ["Consider asking why the amount rose: tolerance, pain, mood or withdrawal."],
    strength: "clinical-study",
    citations: cite("use-pattern#escalation", "dependence-withdrawal#dsm5-severity"),
    when: (a) =>
      a.usePattern.escalation === "yes"
        ? [chose("usePattern.escalation", o.yesNoUnknown, "yes")]
        : null,
  },
  {
    id: "use.tolerance",
    domain: "use-pattern",
    severity: "moderate",
    title: "Needs more for the same effect (tolerance)",
    why: "The patient needs more kratom for the same effect. Tolerance was the most common criterion among people meeting adapted DSM-5 criteria for kratom use disorder.",
    considerations: [askAboutWithdrawal],
    strength: "clinical-study",
    citations: cite("use-pattern#escalation", "dependence-withdrawal#dsm5-severity"),
    when: (a) =>
      a.usePattern.needsMoreForEffect === "yes"
        ? [chose("usePattern.needsMoreForEffect", o.yesNoUnknown, "yes")]
        : null,
  },
  {
    id: "use.long-regular-use",
    domain: "use-pattern",
    severity: "moderate",
    title: "Regular use for a year or more",
    why: "Kratom has been taken on most days for at least a year. In a survey, more weeks of regular use predicted worse unwanted effects after stopping.",
    considerations: [
      askAboutWithdrawal,
      "Consider asking about skin changes on sun-exposed areas.",
    ],
    strength: "clinical-study",
    citations: cite("use-pattern#escalation", "dependence-withdrawal#withdrawal"),
    when: (a) =>
      ["1-5-years", "over-5-years"].includes(a.usePattern.duration) &&
      REGULAR_FREQUENCIES.includes(a.usePattern.frequency)
        ? [chose("usePattern.duration", o.useDurations, a.usePattern.duration), frequencyTrigger(a)]
        : null,
  },
];
