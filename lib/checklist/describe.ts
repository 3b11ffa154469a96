/**
 * Answers as question/answer lines in the form's own words, read from the question table:
 * the review page, the summary and the plain-text note all read the same lines. A question
 * whose gate is closed has no line; a carried DSM-5 criterion says where it was answered.
 */
import { carriedCriteria, carriedFrom, isCarried } from "./carry-over";
import { holds } from "./gates";
import * as o from "./options";
import { type Question, questionsOf, questionTable } from "./question-table";
import type { StepKey } from "./steps";

export interface AnswerLine {
  /** The answer's path, so a reader can link or group lines. */
  path: string;
  question: string;
  answer: string;
}

const NONE = "—";
const list = (opts: readonly o.Option[], v: unknown) =>
  Array.isArray(v) && v.length ? v.map((x) => o.labelOf(opts, String(x))).join("; ") : NONE;
const one = (opts: readonly o.Option[], v: unknown) =>
  v == null || v === "" ? NONE : o.labelOf(opts, String(v));
const text = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : NONE);

type Loose = Record<string, unknown>;
/** Steps in table order (steps.ts imports the schemas, which need this module's siblings). */
const stepKeys = [...new Set(questionTable.map((q) => q.path.split(".")[0]))] as StepKey[];

function criterionLabel(value: string): string {
  const label = o.labelOf(o.dsmCriteria, value);
  const carried = carriedCriteria.find((c) => c.criterion === value);
  return carried ? `${label} (carried over from step ${carriedFrom(carried).step})` : label;
}

const readers: Record<
  NonNullable<Question["reads"]>,
  (step: Loose, medicationName: (id: string) => string) => string
> = {
  peg: (step) => {
    if (step.pegDeclined === true) return "Not asked or declined";
    const peg = step.peg as Loose | undefined;
    if (!peg) return NONE;
    return `${peg.pain ?? NONE}, ${peg.enjoyment ?? NONE}, ${peg.activity ?? NONE} (each 0–10)`;
  },
  medicines: (step, medicationName) => {
    const ids = Array.isArray(step.medicationIds) ? (step.medicationIds as string[]) : [];
    if (ids.length) return ids.map(medicationName).join("; ");
    return step.noneTaken ? "Takes no medicines" : NONE;
  },
  "dsm-criteria": (step) => {
    if (step.criteriaAsked !== "asked") return one(o.criteriaAsked, step.criteriaAsked);
    const criteria = Array.isArray(step.criteria) ? (step.criteria as string[]) : [];
    // Carried criteria last, so the clinician's own ticks read first.
    const ordered = [
      ...criteria.filter((c) => !isCarried(c)),
      ...criteria.filter((c) => isCarried(c)),
    ];
    return `${criteria.length} of 11${ordered.length ? `: ${ordered.map(criterionLabel).join("; ")}` : ""}`;
  },
};

function answerOf(q: Question, step: Loose, medicationName: (id: string) => string): string {
  if (q.reads) return readers[q.reads](step, medicationName);
  const value = step[q.path.split(".")[1]];
  switch (q.kind) {
    case "one":
      return one(q.options ?? [], value);
    case "some":
      return list(q.options ?? [], value);
    case "integer":
      return typeof value === "number" ? String(value) : NONE;
    case "boolean":
      return value === true ? "Yes" : NONE;
    default:
      return text(value);
  }
}

/**
 * One step's lines. `answers` (the whole assessment) lets a gate read another step (the
 * pregnancy question reads the patient's sex); without it such a gate counts as open.
 */
export function describeStep(
  key: StepKey,
  values: Loose | undefined,
  medicationName: (id: string) => string,
  answers?: unknown,
): AnswerLine[] {
  const step = values ?? {};
  const whole = answers ?? { [key]: step };
  const shown = (q: Question) =>
    (q.gate ?? []).every(
      (c) => (!answers && !("unanswered" in c) && !c.path.startsWith(`${key}.`)) || holds(c, whole),
    );
  return questionsOf(key)
    .filter((q) => q.review !== false && shown(q))
    .map((q) => ({
      path: q.path,
      question: q.review || q.text,
      answer: answerOf(q, step, medicationName),
    }));
}

/** Every step's lines, for a reader that has the whole assessment (review, summary, note). */
export function describeAnswers(
  answers: Partial<Record<StepKey, unknown>>,
  medicationName: (id: string) => string,
): { step: StepKey; lines: AnswerLine[] }[] {
  return stepKeys.map((step) => ({
    step,
    lines: describeStep(step, answers[step] as Loose | undefined, medicationName, answers),
  }));
}
