import { carriedPresent } from "./carry-over";
import { applyGates } from "./gates";
import { LEGACY_CRAVING_SYMPTOM } from "./options";
import type { AssessmentInput } from "./schemas";

/**
 * The answers as they are stored: every closed gate's follow-up answers cleared (skin sites
 * after "no new darkening", PEG-3 once declined…), so a changed mind leaves nothing stale, and
 * the carried DSM-5 criteria added where their earlier answer meets them, so the rules count
 * criteria from one array. Runs after the schema: contradictions have already been refused.
 */
export function normaliseAnswers(input: AssessmentInput): AssessmentInput {
  const gated = applyGates(input);
  const criteria =
    gated.dependence.criteriaAsked === "asked"
      ? // Add-only: a carried criterion given as input (the CLI) beside an unknown earlier
        // answer stays; the form itself keeps carried criteria exactly in step.
        ([
          ...new Set([...gated.dependence.criteria, ...carriedPresent(gated)]),
        ] as AssessmentInput["dependence"]["criteria"])
      : [];
  return { ...gated, dependence: { ...gated.dependence, criteria } };
}

/**
 * Old drafts and answer files, brought to today's questions. Craving used to be a withdrawal
 * symptom as well as a DSM-5 criterion; it is now asked once, as the criterion, so a craving
 * symptom becomes the criterion when the criteria were asked and is otherwise kept in words
 * nowhere else (it was a second copy of the same question).
 */
export function upgradeAnswers<T>(answers: T): T {
  const dependence = (answers as { dependence?: Record<string, unknown> })?.dependence;
  const symptoms = dependence?.withdrawalSymptoms;
  if (!dependence || !Array.isArray(symptoms) || !symptoms.includes(LEGACY_CRAVING_SYMPTOM))
    return answers;
  const criteria = Array.isArray(dependence.criteria) ? dependence.criteria : [];
  return {
    ...answers,
    dependence: {
      ...dependence,
      withdrawalSymptoms: symptoms.filter((s) => s !== LEGACY_CRAVING_SYMPTOM),
      criteria:
        dependence.criteriaAsked === "asked" && !criteria.includes("craving")
          ? [...criteria, "craving"]
          : criteria,
    },
  };
}
