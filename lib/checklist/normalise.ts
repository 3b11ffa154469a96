import type { AssessmentInput } from "./schemas";

/**
 * Drops follow-up answers whose gate question was answered "no" (for example skin sites
 * after "no new darkening"), so a changed mind on the form leaves no stale answers behind.
 */
export function normaliseAnswers(input: AssessmentInput): AssessmentInput {
  const skin: AssessmentInput["skin"] =
    input.skin.newDarkening === "yes"
      ? input.skin
      : { ...input.skin, sites: [], colour: undefined, onset: undefined };
  const dependence: AssessmentInput["dependence"] = {
    ...input.dependence,
    criteria: input.dependence.criteriaAsked === "asked" ? input.dependence.criteria : [],
    withdrawalSymptoms:
      input.dependence.withdrawalWhenMissed === "yes" ? input.dependence.withdrawalSymptoms : [],
  };
  return { ...input, skin, dependence };
}
