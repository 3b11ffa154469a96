/**
 * One stored assessment as a FHIR R4 QuestionnaireResponse. The items are produced by walking
 * the Questionnaire itself, so the response mirrors it by construction: same linkIds, same
 * order, codings taken from the item's own answerOptions, disabled items left out.
 *
 * Privacy: there is no `subject` and no patient reference or identifier of any kind. The patient
 * reference never leaves encrypted storage except to its own clinician, on screen; whoever
 * imports this file attaches it to the patient in their own system.
 */
import { valueAt } from "@/lib/checklist/gates";
import type { AssessmentAnswers } from "@/lib/checklist/schemas";
import type { AssessmentSummary } from "@/lib/risk/types";
import { QUESTIONNAIRE_CANONICAL, questionnaire } from "./questionnaire";
import { summaryExtensions } from "./summary-extensions";
import type {
  EnableWhen,
  QuestionnaireItem,
  QuestionnaireResponse,
  QuestionnaireResponseAnswer,
  QuestionnaireResponseItem,
} from "./types";

export interface ExportableAssessment {
  id: string;
  answers: AssessmentAnswers;
  submittedAt: Date;
  summary: AssessmentSummary;
}

/** An answer as a list of values; blank text and empty lists count as no answer. */
function valuesOf(value: unknown): unknown[] {
  const list = Array.isArray(value) ? value : [value];
  return list.filter((v) => v !== undefined && v !== null && !(typeof v === "string" && !v.trim()));
}

function holds(condition: EnableWhen, answers: AssessmentAnswers): boolean {
  const values = valuesOf(valueAt(answers, condition.question));
  if (condition.operator === "exists") return values.length > 0 === condition.answerBoolean;
  if (condition.operator === "!=") return !values.includes(condition.answerCoding?.code);
  return values.includes(condition.answerCoding?.code);
}

/** FHIR enableWhen semantics for the two operators the Questionnaire uses. */
function isEnabled(item: QuestionnaireItem, answers: AssessmentAnswers): boolean {
  const conditions = item.enableWhen ?? [];
  if (conditions.length === 0) return true;
  const results = conditions.map((c) => holds(c, answers));
  return item.enableBehavior === "any" ? results.some(Boolean) : results.every(Boolean);
}

function answersFor(item: QuestionnaireItem, value: unknown): QuestionnaireResponseAnswer[] {
  const values = valuesOf(value);
  switch (item.type) {
    case "choice":
      return values.map((code) => {
        const option = item.answerOption?.find((a) => a.valueCoding.code === code);
        // A code that has since left the option list (say, a medicine dropped from the
        // vocabulary) is still exported as stored, under the same system, without a display.
        const system = item.answerOption?.[0]?.valueCoding.system ?? "";
        return { valueCoding: option?.valueCoding ?? { system, code: String(code) } };
      });
    case "integer":
      return values.filter(Number.isInteger).map((v) => ({ valueInteger: v as number }));
    case "string":
    case "text":
      return values.map((v) => ({ valueString: String(v).trim() }));
    case "boolean":
      return values.filter((v) => typeof v === "boolean").map((v) => ({ valueBoolean: v }));
    case "group":
      return [];
  }
}

function responseItems(
  items: readonly QuestionnaireItem[],
  answers: AssessmentAnswers,
): QuestionnaireResponseItem[] {
  const out: QuestionnaireResponseItem[] = [];
  for (const item of items) {
    if (!isEnabled(item, answers)) continue;
    const base = { linkId: item.linkId, text: item.text };
    if (item.type === "group") {
      const children = responseItems(item.item ?? [], answers);
      if (children.length > 0) out.push({ ...base, item: children });
      continue;
    }
    const answer = answersFor(item, valueAt(answers, item.linkId));
    if (answer.length > 0) out.push({ ...base, answer });
  }
  return out;
}

export function toQuestionnaireResponse(assessment: ExportableAssessment): QuestionnaireResponse {
  return {
    resourceType: "QuestionnaireResponse",
    id: assessment.id,
    questionnaire: QUESTIONNAIRE_CANONICAL,
    status: "completed",
    authored: assessment.submittedAt.toISOString(),
    extension: summaryExtensions(assessment.summary),
    item: responseItems(questionnaire.item, assessment.answers),
  };
}
