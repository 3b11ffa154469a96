/**
 * The wizard's step list: the single source of truth for order, URL slug and title.
 * Navigation, progress and the review page are all derived from this array; each step's
 * validation is its zod schema (schemas.ts, the server) and check-answers.ts (the browser).
 */
export type StepKey =
  | "patient"
  | "usePattern"
  | "medications"
  | "dependence"
  | "skin"
  | "otherHarms";

export interface StepDefinition {
  key: StepKey;
  slug: string;
  title: string;
  description: string;
}

export const steps = [
  {
    key: "patient",
    slug: "patient",
    title: "Patient context",
    description: "Reference, age band, sex, reasons for use and pain (PEG-3).",
  },
  {
    key: "usePattern",
    slug: "use-pattern",
    title: "Tolerance and use pattern",
    description: "Products, amount, frequency, duration, escalation and co-used substances.",
  },
  {
    key: "medications",
    slug: "medications",
    title: "Interacting medications",
    description: "Current medicines by generic or brand name, plus anything not listed.",
  },
  {
    key: "dependence",
    slug: "dependence",
    title: "Dependence and withdrawal",
    description: "DSM-5 criteria adapted to kratom, withdrawal, last dose and attempts to stop.",
  },
  {
    key: "skin",
    slug: "skin",
    title: "Skin changes",
    description: "New darkening, its sites, colour and onset, skin type and other causes.",
  },
  {
    key: "otherHarms",
    slug: "other-harms",
    title: "Other harms",
    description: "Liver symptoms, seizures, palpitations or fainting, pregnancy.",
  },
] as const satisfies readonly StepDefinition[];

export const REVIEW_SLUG = "review";

export function stepBySlug(slug: string): StepDefinition | undefined {
  return steps.find((s) => s.slug === slug);
}

export function stepIndex(key: StepKey): number {
  return steps.findIndex((s) => s.key === key);
}
