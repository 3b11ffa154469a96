import { baseAnswers as b } from "../fixtures";
import { checkRuleCases, type RuleCase } from "../testing";
import { productRules } from "./products";
import { usePatternRules } from "./use-pattern";

const daily = (dosesPerDay: number) => b({ usePattern: { frequency: "daily", dosesPerDay } });
const forms = (...productForms: string[]) =>
  b({ usePattern: { productForms: productForms as never } });

const sevenOh = (frequency: string, dosesPerDay: number, ...more: string[]) =>
  b({
    usePattern: {
      productForms: ["concentrated-7oh", ...more] as never,
      amountPerDose: "not-leaf",
      frequency: frequency as never,
      dosesPerDay,
    },
  });

const cases: RuleCase[] = [
  // Issue 16 §5: 7-OH products get their own wording, not the tea servings threshold.
  {
    id: "use.7oh-repeated-doses",
    name: "only 7-OH, 3 doses 1–3 days a week",
    answers: sevenOh("1-3-days-week", 3),
    fires: true,
    shows: ["1 to 3 days a week", "3"],
  },
  {
    id: "use.7oh-repeated-doses",
    name: "only 7-OH, 2 doses",
    answers: sevenOh("daily", 2),
    fires: true,
  },
  {
    id: "use.7oh-repeated-doses",
    name: "only 7-OH, 1 dose",
    answers: sevenOh("daily", 1),
    fires: false,
  },
  {
    id: "use.7oh-repeated-doses",
    name: "7-OH beside leaf (the leaf rules read the count)",
    answers: sevenOh("daily", 3, "leaf-powder"),
    fires: false,
  },
  {
    id: "use.multiple-doses",
    name: "only 7-OH, 3 doses (no tea threshold)",
    answers: sevenOh("1-3-days-week", 3),
    fires: false,
  },
  {
    id: "use.daily-multiple-doses",
    name: "only 7-OH, daily, 3 doses (no tea threshold)",
    answers: sevenOh("daily", 3),
    fires: false,
  },
  {
    id: "use.daily",
    name: "only 7-OH, daily, 3 doses (daily use still reads)",
    answers: sevenOh("daily", 3),
    fires: true,
  },
  {
    id: "use.daily-multiple-doses",
    name: "7-OH beside leaf, daily, 3 doses",
    answers: sevenOh("daily", 3, "leaf-powder"),
    fires: true,
  },
  {
    id: "use.daily-multiple-doses",
    name: "daily, 3 doses",
    answers: daily(3),
    fires: true,
    shows: ["Every day", "3"],
  },
  { id: "use.daily-multiple-doses", name: "daily, 2 doses", answers: daily(2), fires: false },
  {
    id: "use.daily-multiple-doses",
    name: "4–6 days, 5 doses",
    answers: b({ usePattern: { frequency: "4-6-days-week", dosesPerDay: 5 } }),
    fires: false,
  },
  { id: "use.daily", name: "daily, 1 dose", answers: daily(1), fires: true, shows: ["Every day"] },
  {
    id: "use.daily",
    name: "daily, 3 doses (the stronger rule fires instead)",
    answers: daily(3),
    fires: false,
  },
  { id: "use.daily", name: "baseline 1–3 days a week", answers: b(), fires: false },
  {
    id: "use.multiple-doses",
    name: "1–3 days a week, 3 doses",
    answers: b({ usePattern: { dosesPerDay: 3 } }),
    fires: true,
    shows: ["1 to 3 days a week", "3"],
  },
  {
    id: "use.multiple-doses",
    name: "2 doses",
    answers: b({ usePattern: { dosesPerDay: 2 } }),
    fires: false,
  },
  { id: "use.multiple-doses", name: "daily, 4 doses", answers: daily(4), fires: false },
  {
    id: "use.high-amount-per-dose",
    name: "5–15 g",
    answers: b({ usePattern: { amountPerDose: "5-15g" } }),
    fires: true,
    shows: ["More than 5 up to 15 g of leaf"],
  },
  {
    id: "use.high-amount-per-dose",
    name: "over 15 g (the very-high rule fires instead)",
    answers: b({ usePattern: { amountPerDose: "over-15g" } }),
    fires: false,
  },
  {
    id: "use.very-high-amount",
    name: "over 15 g, one dose a day",
    answers: b({ usePattern: { amountPerDose: "over-15g", dosesPerDay: 1 } }),
    fires: true,
    shows: ["More than 15 g of leaf", "1"],
  },
  {
    id: "use.very-high-amount",
    name: "over 15 g, two doses a day (the several-doses rule fires instead)",
    answers: b({ usePattern: { amountPerDose: "over-15g", dosesPerDay: 2 } }),
    fires: false,
  },
  {
    id: "use.very-high-amount-several-doses",
    name: "over 15 g, three doses a day",
    answers: b({ usePattern: { amountPerDose: "over-15g", dosesPerDay: 3 } }),
    fires: true,
    shows: ["More than 15 g of leaf", "3"],
  },
  {
    id: "use.very-high-amount-several-doses",
    name: "5–15 g, three doses a day",
    answers: b({ usePattern: { amountPerDose: "5-15g", dosesPerDay: 3 } }),
    fires: false,
  },
  { id: "use.high-amount-per-dose", name: "2–5 g", answers: b(), fires: false },
  {
    id: "use.high-amount-per-dose",
    name: "not measurable",
    answers: b({ usePattern: { amountPerDose: "not-leaf" } }),
    fires: false,
  },
  {
    id: "use.escalation",
    name: "yes",
    answers: b({ usePattern: { escalation: "yes" } }),
    fires: true,
    shows: ["Yes"],
  },
  {
    id: "use.escalation",
    name: "unknown",
    answers: b({ usePattern: { escalation: "unknown" } }),
    fires: false,
  },
  {
    id: "use.tolerance",
    name: "yes",
    answers: b({ usePattern: { needsMoreForEffect: "yes" } }),
    fires: true,
  },
  { id: "use.tolerance", name: "no", answers: b(), fires: false },
  {
    id: "use.concentrated-7oh",
    name: "7-OH with leaf",
    answers: forms("leaf-powder", "concentrated-7oh"),
    fires: true,
    shows: ["Concentrated 7-OH product (pills, gummies, labelled 7-OH)"],
  },
  { id: "use.concentrated-7oh", name: "extract only", answers: forms("extract"), fires: false },
  {
    id: "use.extract-or-shot",
    name: "extract",
    answers: forms("extract"),
    fires: true,
    shows: ["Extract, resin or tincture"],
  },
  {
    id: "use.extract-or-shot",
    name: "shot",
    answers: forms("tea", "liquid-shot"),
    fires: true,
    shows: ["Liquid shot"],
  },
  {
    id: "use.extract-or-shot",
    name: "capsules and tea",
    answers: forms("capsules", "tea"),
    fires: false,
  },
  {
    id: "use.long-regular-use",
    name: "daily for over 5 years",
    answers: b({ usePattern: { frequency: "daily", duration: "over-5-years" } }),
    fires: true,
    shows: ["More than 5 years", "Every day"],
  },
  {
    id: "use.long-regular-use",
    name: "4–6 days for 1–5 years",
    answers: b({ usePattern: { frequency: "4-6-days-week", duration: "1-5-years" } }),
    fires: true,
  },
  {
    id: "use.long-regular-use",
    name: "occasional for 5 years",
    answers: b({ usePattern: { duration: "over-5-years" } }),
    fires: false,
  },
  {
    id: "use.long-regular-use",
    name: "daily for 6 months",
    answers: b({ usePattern: { frequency: "daily", duration: "1-6-months" } }),
    fires: false,
  },
];

checkRuleCases("use-pattern and product rules", [...usePatternRules, ...productRules], cases);
