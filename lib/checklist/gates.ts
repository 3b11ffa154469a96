/**
 * When a question is shown, read from the question table: the form, the schemas, the
 * normaliser, the review and the FHIR export all ask these functions, so a gate is written once.
 */
import { allQuestions, type Condition, type Question, questionAt } from "./question-table";

/** The answer at a dotted path (`patient.peg.pain`), or undefined. */
export function valueAt(answers: unknown, path: string): unknown {
  let value: unknown = answers;
  for (const key of path.split(".")) {
    value =
      value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
  }
  return value;
}

/** No answer: nothing, blank text or an empty list. */
export function isUnanswered(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

export function holds(condition: Condition, answers: unknown): boolean {
  if ("unanswered" in condition)
    return condition.unanswered.every((p) => isUnanswered(valueAt(answers, p)));
  const value = valueAt(answers, condition.path);
  const values: unknown[] = Array.isArray(value) ? value : [value];
  if ("noneOf" in condition) return !values.some((v) => condition.noneOf.includes(v as string));
  return values.some((v) => condition.anyOf.includes(v as string));
}

export function isShown(question: Pick<Question, "gate">, answers: unknown): boolean {
  return (question.gate ?? []).every((c) => holds(c, answers));
}

/**
 * True when the question at `path` holds its not-asked answer (the question table's `notAsked`:
 * "unknown", "not-asked", a declined PEG-3…), so coverage reads "not asked" from the one table.
 */
export function isNotAsked(path: string, answers: unknown): boolean {
  const q = questionAt(path);
  if (q.notAsked === undefined) return false;
  const value = valueAt(answers, path);
  return Array.isArray(value) ? value.includes(q.notAsked) : value === q.notAsked;
}

/** What a question's answer becomes when its gate closes. */
export function clearedValue(question: Question): unknown {
  if ("cleared" in question) return question.cleared;
  return question.kind === "some" ? [] : undefined;
}

/** Questions whose gate reads the answer at `path`: what to re-check when it changes. */
export function dependentsOf(path: string): Question[] {
  return allQuestions.filter((q) =>
    (q.gate ?? []).some((c) => ("unanswered" in c ? c.unanswered.includes(path) : c.path === path)),
  );
}

/** Every question with a gate, in table order (a gate only reads earlier answers). */
export const gatedQuestions: readonly Question[] = allQuestions.filter((q) => q.gate?.length);

/**
 * A copy of the answers with every closed gate's answers cleared, so a changed mind leaves
 * no stale follow-up answers behind (skin sites after "no new darkening", say).
 */
export function applyGates<T>(answers: T): T {
  const copy = structuredClone(answers) as Record<string, Record<string, unknown>>;
  for (const q of gatedQuestions) {
    if (isShown(q, copy)) continue;
    const [step, key] = q.path.split(".");
    if (copy[step] && typeof copy[step] === "object") copy[step][key] = clearedValue(q);
  }
  return copy as T;
}
