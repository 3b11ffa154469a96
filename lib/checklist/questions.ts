/**
 * Question wording per answer, keyed by the dotted path of the answer in the assessment
 * (`usePattern.frequency`), read from the question table. The FHIR Questionnaire and the
 * finding triggers in lib/risk word their questions from here.
 * The patient reference has no entry on purpose: it never leaves the app (see lib/fhir).
 */
import { type AnswerPath, allQuestions } from "./question-table";

export type { AnswerPath };

export const questionText = Object.fromEntries(
  allQuestions.map((q) => [q.path, q.text]),
) as Readonly<Record<AnswerPath, string>>;
