/**
 * DSM-5 criteria that an earlier question already answers. Each is asked once, where it is
 * asked today (tolerance in the use pattern, withdrawal and attempts to stop in the dependence
 * step), and carried into the DSM-5 list from there: the list shows it as carried over and the
 * stored `dependence.criteria` holds it exactly when the earlier answer says so, so the rules
 * keep counting criteria from one array.
 */

import { valueAt } from "./gates";
import { labelOf, type Option } from "./options";
import { questionAt, questionTable } from "./question-table";

// Step order from the table (it lists questions in step order); steps.ts imports the schemas,
// which import this file, so it is not read from there.
const stepOrder = [...new Set(questionTable.map((q) => q.path.split(".")[0]))];

export interface CarriedCriterion {
  criterion: "tolerance" | "withdrawal" | "cannot-cut-down";
  /** The earlier question that answers it. */
  from: string;
  /** Answers that meet the criterion. */
  present: readonly string[];
  /** Answers that rule it out: ticking the criterion beside one of these is a contradiction. */
  absent: readonly string[];
  /** Said when the criterion is ticked beside one of the `absent` answers. */
  contradiction: string;
}

export const carriedCriteria: readonly CarriedCriterion[] = [
  {
    criterion: "tolerance",
    from: "usePattern.needsMoreForEffect",
    present: ["yes"],
    absent: ["no"],
    contradiction:
      "The tolerance criterion is ticked, but the patient does not need more for the same effect (step 2): check which is right.",
  },
  {
    criterion: "withdrawal",
    from: "dependence.withdrawalWhenMissed",
    present: ["yes"],
    absent: ["no"],
    contradiction:
      "The withdrawal criterion is ticked beside “No symptoms when a dose is missed”: check which is right.",
  },
  {
    criterion: "cannot-cut-down",
    from: "dependence.quitAttempts",
    present: ["unsuccessful", "wants-to-stop"],
    absent: ["none"],
    contradiction:
      "The criterion “tried to cut down without success” is ticked beside “Never tried to stop”: check which is right.",
  },
];

const carriedSet = new Set<string>(carriedCriteria.map((c) => c.criterion));
export const isCarried = (criterion: string) => carriedSet.has(criterion);

export type CarriedState = "present" | "absent" | "not-known";

export function carriedState(c: CarriedCriterion, answers: unknown): CarriedState {
  const value = valueAt(answers, c.from) as string | undefined;
  if (value && c.present.includes(value)) return "present";
  if (value && c.absent.includes(value)) return "absent";
  return "not-known";
}

/**
 * The criteria as the form stores them: the clinician's own ticks for the criteria asked in
 * the DSM-5 list, plus each carried criterion exactly when its earlier answer meets it.
 */
export function withCarriedCriteria(answers: unknown, criteria: readonly string[]): string[] {
  const own = criteria.filter((c) => !isCarried(c));
  return [...new Set([...own, ...carriedPresent(answers)])];
}

/** The carried criteria the earlier answers meet. */
export function carriedPresent(answers: unknown): CarriedCriterion["criterion"][] {
  return carriedCriteria
    .filter((c) => carriedState(c, answers) === "present")
    .map((c) => c.criterion);
}

/** Where a carried criterion comes from, in words: "step 2, “Does the patient need more…”". */
export function carriedFrom(c: CarriedCriterion): { step: number; question: string } {
  const stepKey = c.from.split(".")[0];
  const q = questionAt(c.from);
  return {
    step: stepOrder.indexOf(stepKey) + 1,
    question: q.legend ?? q.text,
  };
}

/** "Tolerance — carried over from step 2: Yes". */
export function carriedLine(c: CarriedCriterion, answers: unknown, criteria: readonly Option[]) {
  const { step } = carriedFrom(c);
  const source = questionAt(c.from);
  const answer = labelOf(source.options ?? [], valueAt(answers, c.from) as string | undefined);
  return `${labelOf(criteria, c.criterion)} — carried over from step ${step}: ${answer}`;
}
