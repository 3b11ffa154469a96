/**
 * When a domain is "not assessed" rather than low.
 *
 * A domain is not assessed when ALL of its key answers are unknown or were not asked, AND none of
 * its rules fired. A domain with a finding is always assessed: the finding is evidence of risk
 * whatever else is missing, and dropping it would let an added risk factor lower the overall level.
 * A domain with at least one key answer known and no finding is assessed and "low".
 *
 * Key answers per domain:
 * - use-pattern: always assessed. Products, frequency, doses per day and duration are required.
 * - interactions: always assessed. The step requires medicines or a confirmed "takes none";
 *   free-text medicines are reported by their own "info" finding instead.
 * - dependence: the DSM-5 criteria and withdrawal when doses are missed. Not assessed when the
 *   criteria were not asked and withdrawal is unknown or untested ("has not missed a dose").
 * - skin: new darkening. Not assessed when it is "Unknown / not asked".
 * - other-harms: liver symptoms, seizures, palpitations/fainting. Not assessed when all three are
 *   unknown or not asked; pregnancy status alone does not count as a harms screen.
 */
import type { AssessmentAnswers } from "@/lib/checklist/schemas";
import type { Domain } from "./types";

/** Why a domain could not be assessed; empty when its key answers give something to go on. */
export function missingKeyAnswers(domain: Domain, a: AssessmentAnswers): string[] {
  switch (domain) {
    case "use-pattern":
    case "interactions":
      return [];
    case "dependence": {
      const { criteriaAsked, withdrawalWhenMissed } = a.dependence;
      if (criteriaAsked !== "not-asked") return [];
      if (withdrawalWhenMissed === "unknown")
        return ["DSM-5 criteria not asked", "Withdrawal when doses are missed not known"];
      if (withdrawalWhenMissed === "never-missed")
        return ["DSM-5 criteria not asked", "Withdrawal untested: no dose has been missed"];
      return [];
    }
    case "skin":
      return a.skin.newDarkening === "unknown" ? ["New skin darkening not asked"] : [];
    case "other-harms": {
      const { liverSymptoms, seizures, palpitationsOrFainting } = a.otherHarms;
      const unknown =
        liverSymptoms.includes("unknown") &&
        seizures === "unknown" &&
        palpitationsOrFainting === "unknown";
      return unknown
        ? ["Liver symptoms not asked", "Seizures not known", "Palpitations or fainting not known"]
        : [];
    }
  }
}
