import type { DependenceStepInput } from "./schemas";

/** DSM-5 substance use disorder severity from the number of criteria met. */
export type DsmSeverity = "none" | "mild" | "moderate" | "severe";

export function dsmSeverity(criteriaCount: number): DsmSeverity {
  if (criteriaCount >= 6) return "severe";
  if (criteriaCount >= 4) return "moderate";
  if (criteriaCount >= 2) return "mild";
  return "none";
}

/** "not-assessed" when the criteria were not asked: never read as "none". */
export function dependenceSeverityOf(step: DependenceStepInput): DsmSeverity | "not-assessed" {
  return step.criteriaAsked === "asked" ? dsmSeverity(step.criteria.length) : "not-assessed";
}
