/**
 * The checklist's questions per step, as FHIR items, built from the checklist's question
 * table (lib/checklist/question-table.ts): same wording, options, order and gates as the form.
 * linkIds are the dotted answer paths, so a response item maps straight back to the assessment
 * answers and to finding triggers. A test checks the items cover every field of every step
 * schema (bar the patient reference).
 */
import { type AnswerPath, type Question, questionAt, questionsOf } from "@/lib/checklist";
import { type StepKey, steps } from "@/lib/checklist/steps";
import { medications } from "@/lib/medications";
import { MEDICATIONS_SYSTEM } from "./codes";
import {
  boolean,
  choice,
  freeText,
  group,
  integer,
  one,
  some,
  whenChosen,
  whenNotChosen,
  whenUnanswered,
} from "./item-builders";
import type { QuestionnaireItem } from "./types";

const medicationCodings = medications.map((m) => ({
  system: MEDICATIONS_SYSTEM,
  code: m.id,
  display: m.generic,
}));

/**
 * The gate as enableWhen. FHIR cannot mix "any" and "all" in one item, so only the first
 * condition is published: for PEG-3 that is "pain is a reason", and the group is optional
 * because "not asked / declined" (the second condition) is an answer too.
 */
function when(q: Question) {
  const first = q.gate?.[0];
  if (!first) return undefined;
  if ("unanswered" in first) return whenUnanswered(...(first.unanswered as AnswerPath[]));
  if ("noneOf" in first)
    return whenNotChosen(
      first.path as AnswerPath,
      questionAt(first.path).options ?? [],
      first.noneOf,
    );
  return whenChosen(first.path as AnswerPath, questionAt(first.path).options ?? [], first.anyOf);
}

export function itemOf(q: Question): QuestionnaireItem {
  const path = q.path as AnswerPath;
  const opts = { optional: q.optional, when: when(q) };
  switch (q.kind) {
    case "one":
      return one(path, q.options ?? [], opts);
    case "some":
      return some(path, q.options ?? [], opts);
    case "integer":
      return integer(path, q.min ?? 0, q.max ?? 0, opts);
    case "text":
      return freeText(path, "string", q.maxLength ?? 0, opts);
    case "long-text":
      // Free text is kept for the clinician but never checked for interactions.
      return freeText(path, "text", q.maxLength ?? 0, opts);
    case "boolean":
      return boolean(path, opts);
    case "group":
      return group(path, (q.items ?? []).map(itemOf), opts);
    case "medicines":
      return choice(path, medicationCodings, { ...opts, repeats: true });
  }
}

// No patient reference: it identifies the patient in the clinician's own records and never
// leaves the app's encrypted storage except to that clinician, on screen (it has no entry in
// the question table).
export const itemsByStep = Object.fromEntries(
  steps.map((s) => [s.key, questionsOf(s.key).map(itemOf)]),
) as Record<StepKey, QuestionnaireItem[]>;
