/**
 * The wizard's step list: the single source of truth for order, URL slug, title and schema.
 * Navigation, progress and the review page are all derived from this array.
 */
import type { z } from "zod";
import {
  type AssessmentInput,
  dependenceStepSchema,
  medicationsStepSchema,
  otherHarmsStepSchema,
  patientStepSchema,
  skinStepSchema,
  usePatternStepSchema,
} from "./schemas";

export type StepKey = keyof AssessmentInput;

export interface StepDefinition {
  key: StepKey;
  slug: string;
  title: string;
  description: string;
  schema: z.ZodType;
}

export const steps = [
  {
    key: "patient",
    slug: "patient",
    title: "Patient context",
    description: "Reference, age band, sex, reasons for use and pain (PEG-3).",
    schema: patientStepSchema,
  },
  {
    key: "usePattern",
    slug: "use-pattern",
    title: "Tolerance and use pattern",
    description: "Products, amount, frequency, duration, escalation and co-used substances.",
    schema: usePatternStepSchema,
  },
  {
    key: "medications",
    slug: "medications",
    title: "Interacting medications",
    description: "Current medicines by generic or brand name, plus anything not listed.",
    schema: medicationsStepSchema,
  },
  {
    key: "dependence",
    slug: "dependence",
    title: "Dependence and withdrawal",
    description: "DSM-5 criteria adapted to kratom, withdrawal, last dose and attempts to stop.",
    schema: dependenceStepSchema,
  },
  {
    key: "skin",
    slug: "skin",
    title: "Skin changes",
    description: "New darkening, its sites, colour and onset, skin type and other causes.",
    schema: skinStepSchema,
  },
  {
    key: "otherHarms",
    slug: "other-harms",
    title: "Other harms",
    description: "Liver symptoms, seizures, palpitations or fainting, pregnancy.",
    schema: otherHarmsStepSchema,
  },
] as const satisfies readonly StepDefinition[];

export const REVIEW_SLUG = "review";

export function stepBySlug(slug: string): StepDefinition | undefined {
  return steps.find((s) => s.slug === slug);
}

export function stepIndex(key: StepKey): number {
  return steps.findIndex((s) => s.key === key);
}

/** Which steps of a (possibly partial) draft already pass their own schema. */
export function completedSteps(draft: Partial<Record<StepKey, unknown>>): Set<StepKey> {
  const done = new Set<StepKey>();
  for (const step of steps) {
    if (step.schema.safeParse(draft[step.key]).success) done.add(step.key);
  }
  return done;
}

/** The first step that is not yet valid: where a resumed draft should reopen. */
export function firstIncompleteStep(
  draft: Partial<Record<StepKey, unknown>>,
): StepDefinition | undefined {
  const done = completedSteps(draft);
  return steps.find((s) => !done.has(s.key));
}
