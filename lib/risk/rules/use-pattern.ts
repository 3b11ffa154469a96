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
/**
 * Only concentrated 7-OH products: the three-servings threshold came from leaf tea [R41] and is
 * not applied to them; use.7oh-repeated-doses words their dose count instead (issue 16 §5).
 */
export const only7oh = (a: AssessmentAnswers) =>
  a.usePattern.productForms.length > 0 &&
  a.usePattern.productForms.every((f) => f === "concentrated-7oh");
const isMulti = (a: AssessmentAnswers) => a.usePattern.dosesPerDay >= MULTIPLE_DOSES && !only7oh(a);
export const frequencyTrigger = (a: AssessmentAnswers) =>
  chose("usePattern.frequency", o.useFrequencies, a.usePattern.frequency);
const dosesTrigger = (a: AssessmentAnswers) =>
  said("usePattern.dosesPerDay", String(a.usePattern.dosesPerDay));

const frequencyCitations = cite(
  "use-pattern#frequency",
  "dependence-withdrawal#frequency-and-dependence",
);
/**
 * Asks only for what was not answered: the DSM-5 criteria when they were not asked, withdrawal
 * when it is unknown. assess() shows each once, on the first finding that carries it.
 */
export function askDependence(a: AssessmentAnswers): string[] {
  return [
    ...(a.dependence.criteriaAsked === "not-asked"
      ? ["Consider completing the DSM-5 criteria, which were not asked."]
      : []),
    ...(a.dependence.withdrawalWhenMissed === "unknown"
      ? ["Consider asking about symptoms when doses are missed or delayed, which was not asked."]
      : []),
  ];
}
const trackPattern =
  "Consider recording days of use per week and doses per day at later visits, to follow the trend.";

// The three frequency rules are mutually exclusive so one pattern gives one finding, and moving
// towards daily or more doses only ever moves to an equal or higher severity.
export const usePatternRules: Rule[] = [
  {
    id: "use.daily-multiple-doses",
    domain: "use-pattern",
    severity: "high",
    title: "Daily use, three or more doses a day",
    why: "Kratom is taken every day, several times a day. How often kratom is taken tracked withdrawal and use-disorder symptoms more closely than the amount taken, and three or more servings a day went with severe dependence in a survey of regular users of leaf tea.",
    considerations: [
      "May warrant planning any reduction or stop with the patient, as withdrawal is more likely with this pattern.",
      trackPattern,
    ],
    citations: frequencyCitations,
    moreConsiderations: askDependence,
    when: (a) => (isDaily(a) && isMulti(a) ? [frequencyTrigger(a), dosesTrigger(a)] : null),
  },
  {
    id: "use.daily",
    domain: "use-pattern",
    severity: "moderate",
    title: "Daily use",
    why: "Kratom is taken every day. Daily use is common among people who use kratom, and frequent use is the pattern most closely linked with withdrawal and use-disorder symptoms.",
    considerations: [trackPattern],
    citations: frequencyCitations,
    when: (a) => (isDaily(a) && !isMulti(a) ? [frequencyTrigger(a)] : null),
    moreConsiderations: askDependence,
  },
  {
    id: "use.multiple-doses",
    domain: "use-pattern",
    severity: "moderate",
    title: "Three or more doses on a day of use",
    why: "On days of use kratom is taken three or more times. The number of doses a day was a stronger signal of withdrawal and use-disorder symptoms than the amount per dose.",
    considerations: [
      "Consider asking whether later doses are taken to relieve discomfort as the previous one wears off.",
      trackPattern,
    ],
    citations: frequencyCitations,
    when: (a) => (!isDaily(a) && isMulti(a) ? [frequencyTrigger(a), dosesTrigger(a)] : null),
    moreConsiderations: askDependence,
  },
  {
    id: "use.7oh-repeated-doses",
    domain: "use-pattern",
    severity: "moderate",
    title: "Concentrated 7-OH product taken more than once a day",
    why: "Only concentrated 7-OH products are used, more than once on a day of use. The dose counts linked with dependence come from leaf and tea users; for 7-OH products, how often they are taken has not been studied, so no threshold is known and the count is reported as it is.",
    considerations: [
      "Consider asking how many pills or gummies make one dose and how the doses are spaced through the day.",
      trackPattern,
    ],
    basis: {
      atMost: {
        tier: "expert-opinion",
        because:
          "No study has counted 7-OH doses; the dose-count data cited are from leaf and tea users.",
      },
    },
    citations: cite("use-pattern#concentrated-7oh", "use-pattern#frequency"),
    when: (a) =>
      only7oh(a) && a.usePattern.dosesPerDay >= 2 ? [frequencyTrigger(a), dosesTrigger(a)] : null,
    moreConsiderations: askDependence,
  },
  {
    id: "use.high-amount-per-dose",
    domain: "use-pattern",
    severity: "moderate",
    title: "More than 5 up to 15 g of leaf per dose",
    why: "Doses above about 5 g of leaf are usually described as giving sedating, opioid-like effects. These bands are anecdotal, from drug-information sources: studies have not established dose-dependent effects and no cut-off has been defined.",
    considerations: [
      "Consider asking about drowsiness and about other sedating substances taken on the same days.",
      "Consider weighing this with doses per day, which is the stronger dependence signal.",
    ],
    basis: {
      atMost: {
        tier: "expert-opinion",
        because:
          "The gram bands are anecdotal, from drug-information sources; the surveys cited did not establish them.",
      },
    },
    citations: cite("use-pattern#dose-bands"),
    when: (a) =>
      a.usePattern.amountPerDose === "5-15g"
        ? [chose("usePattern.amountPerDose", o.doseAmounts, "5-15g")]
        : null,
  },
  {
    id: "use.very-high-amount",
    domain: "use-pattern",
    severity: "moderate",
    title: "Very high amount: more than 15 g of leaf per dose",
    why: "More than 15 g of leaf is taken at a time, above the top of the anecdotal dose bands. Very high intakes are reported mainly among people seeking treatment for kratom dependence and in a case of cholestatic liver injury; dose bands themselves are anecdotal and no cut-off has been established.",
    considerations: [
      "Consider asking about drowsiness and about other sedating substances taken on the same days.",
      "Consider asking how the amount is measured, since products and scoops vary.",
    ],
    basis: {
      atMost: {
        tier: "case-reports",
        because:
          "Very high intakes are described in case reports and series of people in treatment; the surveys cited did not measure them.",
      },
    },
    citations: cite("use-pattern#dose-bands", "use-pattern#very-high-intakes"),
    when: (a) =>
      a.usePattern.amountPerDose === "over-15g" && a.usePattern.dosesPerDay < 2
        ? [chose("usePattern.amountPerDose", o.doseAmounts, "over-15g"), dosesTrigger(a)]
        : null,
    moreConsiderations: askDependence,
  },
  {
    id: "use.very-high-amount-several-doses",
    domain: "use-pattern",
    severity: "high",
    title: "Very high amount: more than 15 g of leaf a dose, several doses a day",
    why: "More than 15 g of leaf is taken at a time, several times a day: a daily amount in the range reported among people seeking treatment for kratom dependence (several tens of grams a day) and in a case of cholestatic liver injury. Dose bands are anecdotal and no cut-off has been established.",
    considerations: [
      "May warrant planning any reduction or stop with the patient, as withdrawal is more likely with this pattern.",
      "Consider asking about drowsiness and about other sedating substances taken on the same days.",
      "Consider asking about liver symptoms.",
    ],
    basis: {
      atMost: {
        tier: "case-reports",
        because:
          "Very high intakes are described in case reports and series of people in treatment; the surveys cited did not measure them.",
      },
    },
    citations: cite(
      "use-pattern#dose-bands",
      "use-pattern#very-high-intakes",
      "dependence-withdrawal#treatment",
    ),
    when: (a) =>
      a.usePattern.amountPerDose === "over-15g" && a.usePattern.dosesPerDay >= 2
        ? [chose("usePattern.amountPerDose", o.doseAmounts, "over-15g"), dosesTrigger(a)]
        : null,
    moreConsiderations: askDependence,
  },
  {
    id: "use.escalation",
    domain: "use-pattern",
    severity: "moderate",
    title: "Amount has gone up in recent months",
    why: "The amount taken has increased. Rising use is common among people who use kratom and is one of the DSM-5 features of a use disorder.",
    considerations: ["Consider asking why the amount rose: tolerance, pain, mood or withdrawal."],
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
    considerations: [
      "Consider asking whether the amount needed for the same effect is still rising.",
    ],
    citations: cite("use-pattern#escalation", "dependence-withdrawal#dsm5-severity"),
    moreConsiderations: askDependence,
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
      "Consider that more weeks of regular use predicted worse unwanted effects after stopping, when planning any change.",
    ],
    citations: cite("use-pattern#escalation", "dependence-withdrawal#withdrawal"),
    when: (a) =>
      ["1-5-years", "over-5-years"].includes(a.usePattern.duration) &&
      REGULAR_FREQUENCIES.includes(a.usePattern.frequency)
        ? [chose("usePattern.duration", o.useDurations, a.usePattern.duration), frequencyTrigger(a)]
        : null,
    moreConsiderations: (a) => [
      ...askDependence(a),
      ...(a.skin.newDarkening === "unknown"
        ? ["Consider looking for skin darkening on sun-exposed areas, which was not asked."]
        : []),
    ],
  },
];
