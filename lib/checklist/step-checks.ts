/**
 * The checks that read more than one answer, as plain functions of a step's answers: the zod
 * schemas run them in a superRefine (server) and check-answers.ts runs them in the browser, so
 * both refuse the same answers with the same words. They run even when another field of the
 * step is invalid, so the clinician sees every problem of a step at once instead of in rounds;
 * the value may then be partly malformed, so they read it defensively.
 */
import { contradictionsOf } from "./contradictions";
import { isShown, isUnanswered } from "./gates";
import * as o from "./options";
import { questionsOf } from "./question-table";

export interface Issue {
  path: (string | number)[];
  message: string;
}

type Answers = Record<string, unknown>;
type Check = (value: Answers) => Issue[];

/** Text with something in it once trimmed (as zod's trim() leaves it); anything else as is. */
const given = (v: unknown) => (typeof v === "string" ? v.trim() !== "" : Boolean(v));

const pegCheck: Check = (v) => {
  const issues: Issue[] = [];
  const reasons: unknown[] = Array.isArray(v.reasons) ? v.reasons : [];
  const painIsAReason = reasons.some((r) => (o.painReasons as readonly unknown[]).includes(r));
  if (painIsAReason && !v.peg && !v.pegDeclined)
    issues.push({
      path: ["peg", "pain"],
      message:
        "Pain is a reason for use: complete the three PEG items, or tick “PEG-3 not asked, or the patient declined”.",
    });
  if (v.peg && v.pegDeclined)
    issues.push({
      path: ["pegDeclined"],
      message: "PEG-3 scores are entered: untick “not asked or declined”, or clear the scores.",
    });
  return issues;
};

const medicinesCheck: Check = (v) => {
  const listed =
    (Array.isArray(v.medicationIds) && v.medicationIds.length > 0) || given(v.otherMedicines);
  if (!listed && !v.noneTaken)
    return [
      {
        path: ["medicationIds"],
        message: "Add the current medicines, or confirm the patient takes none.",
      },
    ];
  if (listed && v.noneTaken)
    return [{ path: ["noneTaken"], message: "Medicines are listed: untick “takes no medicines”." }];
  return [];
};

const criteriaAskedCheck: Check = (v) =>
  v.criteriaAsked === "not-asked" && Array.isArray(v.criteria) && v.criteria.length > 0
    ? [
        {
          path: ["criteriaAsked"],
          message: "Criteria are ticked: choose “All criteria were asked”.",
        },
      ]
    : [];

/**
 * The rules every step shares, read from the question table: a gated question with a required
 * message must be answered while its gate is open, and contradictory answers are refused at the
 * field they sit on. The step's value is put at its place in the assessment, so gates and
 * contradictions read the same paths everywhere.
 */
function tableChecks(stepKey: string): Check {
  const gated = questionsOf(stepKey).filter((q) => q.gate && q.requiredMessage);
  return (value) => {
    const issues: Issue[] = [];
    const answers = { [stepKey]: value };
    for (const q of gated) {
      const key = q.path.split(".")[1];
      if (isShown(q, answers) && isUnanswered(value[key]))
        issues.push({ path: [key], message: q.requiredMessage as string });
    }
    for (const c of contradictionsOf(answers)) {
      if (c.path.startsWith(`${stepKey}.`))
        issues.push({ path: c.path.split(".").slice(1), message: c.message });
    }
    return issues;
  };
}

const ownChecks: Record<string, Check[]> = {
  patient: [pegCheck],
  medications: [medicinesCheck],
  dependence: [criteriaAskedCheck],
};

/** Every cross-field issue of one step's answers (an object), paths relative to the step. */
export function stepIssues(stepKey: string): Check {
  const checks = [...(ownChecks[stepKey] ?? []), tableChecks(stepKey)];
  return (value) => checks.flatMap((check) => check(value));
}

/**
 * Contradictions between steps (the tolerance criterion and step 2), full paths: only the
 * whole assessment can see them; each step's own are refused by its step check.
 */
export function crossStepIssues(answers: unknown): Issue[] {
  return contradictionsOf(answers)
    .filter((c) => c.crossStep)
    .map((c) => ({ path: c.path.split("."), message: c.message }));
}
