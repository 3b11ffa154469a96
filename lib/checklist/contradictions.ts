/**
 * Answers that cannot both be true. The step schemas refuse them at the field (so the form,
 * the submit action and `assess` input all say the same thing), and the property tests use
 * this list to generate only consistent answers.
 */
import { carriedCriteria, carriedState } from "./carry-over";
import { valueAt } from "./gates";

export interface Contradiction {
  /** The answer the message sits on. */
  path: string;
  message: string;
  /** Reads answers of more than one step: only the whole-assessment schema can see it. */
  crossStep: boolean;
}

const stepOf = (path: string) => path.split(".")[0];

export const ONSET_BEFORE_KRATOM =
  "Darkening that began before kratom is not new since starting kratom: check when it started with the patient, or answer “No” to new darkening.";

export function contradictionsOf(answers: unknown): Contradiction[] {
  const found: Contradiction[] = [];
  const criteria = valueAt(answers, "dependence.criteria");
  const ticked = Array.isArray(criteria) ? criteria : [];
  for (const c of carriedCriteria) {
    if (ticked.includes(c.criterion) && carriedState(c, answers) === "absent") {
      found.push({
        path: "dependence.criteria",
        message: c.contradiction,
        crossStep: stepOf(c.from) !== "dependence",
      });
    }
  }
  if (
    valueAt(answers, "skin.newDarkening") === "yes" &&
    valueAt(answers, "skin.onset") === "before-kratom"
  ) {
    found.push({ path: "skin.onset", message: ONSET_BEFORE_KRATOM, crossStep: false });
  }
  return found;
}
