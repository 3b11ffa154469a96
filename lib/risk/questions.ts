/**
 * Triggers read like the form the clinician just filled in: question wording comes from the
 * checklist's own table (lib/checklist/questions.ts, also used by the FHIR Questionnaire) and
 * answers are shown with the option labels from lib/checklist/options.ts.
 */
import { labelOf, type Option } from "@/lib/checklist/options";
import { questionText } from "@/lib/checklist/questions";
import type { Trigger } from "./types";

export const questions = questionText;
export type QuestionPath = keyof typeof questions;

/** A trigger whose answer is already in words (a count, a medicine name). */
export function said(path: QuestionPath, answer: string): Trigger {
  return { path, question: questions[path], answer };
}

/** A trigger for one chosen option, shown with its label. */
export function chose(path: QuestionPath, list: readonly Option[], value: string): Trigger {
  return said(path, labelOf(list, value));
}

/** One trigger per chosen option of a multi-select, in the order they were given. */
export function choseEach(
  path: QuestionPath,
  list: readonly Option[],
  values: readonly string[],
): Trigger[] {
  return values.map((v) => chose(path, list, v));
}
