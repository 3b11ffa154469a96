/**
 * Checks of a QuestionnaireResponse against its Questionnaire that the FHIR validator does not
 * make (it validates each resource on its own). Pure; used by the tests.
 */
import type { Questionnaire, QuestionnaireItem, QuestionnaireResponseItem } from "./types";

/**
 * Problems of a response's items against the Questionnaire items they answer: unknown or
 * misplaced linkIds, wrong order, codes outside the answerOptions, several answers to a
 * non-repeating item, answer types that do not match the item type. Empty when conformant.
 */
export function conformanceProblems(
  responseItems: readonly QuestionnaireResponseItem[],
  questionItems: readonly QuestionnaireItem[],
  where = "",
): string[] {
  const problems: string[] = [];
  let lastIndex = -1;
  for (const r of responseItems) {
    const index = questionItems.findIndex((q) => q.linkId === r.linkId);
    const at = `${where}/${r.linkId}`;
    if (index < 0) {
      problems.push(`${at}: no such item here in the Questionnaire`);
      continue;
    }
    if (index <= lastIndex) problems.push(`${at}: out of Questionnaire order or repeated`);
    lastIndex = index;
    const q = questionItems[index];
    if (q.type === "group") {
      if (r.answer) problems.push(`${at}: a group carries answers`);
      problems.push(...conformanceProblems(r.item ?? [], q.item ?? [], at));
      continue;
    }
    const answers = r.answer ?? [];
    if (answers.length === 0) problems.push(`${at}: item without an answer`);
    if (answers.length > 1 && !q.repeats) problems.push(`${at}: several answers, not repeating`);
    for (const a of answers) problems.push(...answerProblems(q, a, at));
  }
  return problems;
}

function answerProblems(
  q: QuestionnaireItem,
  a: NonNullable<QuestionnaireResponseItem["answer"]>[number],
  at: string,
): string[] {
  switch (q.type) {
    case "choice": {
      const c = a.valueCoding;
      const ok = q.answerOption?.some(
        (o) =>
          o.valueCoding.system === c?.system &&
          o.valueCoding.code === c?.code &&
          o.valueCoding.display === c?.display,
      );
      return ok ? [] : [`${at}: ${c?.system}#${c?.code} is not an answerOption`];
    }
    case "integer":
      return Number.isInteger(a.valueInteger) ? [] : [`${at}: expected valueInteger`];
    case "string":
    case "text":
      return typeof a.valueString === "string" ? [] : [`${at}: expected valueString`];
    case "boolean":
      return typeof a.valueBoolean === "boolean" ? [] : [`${at}: expected valueBoolean`];
    default:
      return [`${at}: unexpected item type ${q.type}`];
  }
}

function flatResponse(items: readonly QuestionnaireResponseItem[]): QuestionnaireResponseItem[] {
  return items.flatMap((r) => [r, ...flatResponse(r.item ?? [])]);
}

/**
 * enableWhen checked on the response itself, as a FHIR consumer would: a disabled item must
 * be absent, and a required item that is enabled must be present.
 */
export function enableWhenProblems(
  questionnaire: Questionnaire,
  responseItems: readonly QuestionnaireResponseItem[],
): string[] {
  const flat = flatResponse(responseItems);
  const holds = (c: NonNullable<QuestionnaireItem["enableWhen"]>[number]) => {
    const answers = flat.find((r) => r.linkId === c.question)?.answer ?? [];
    if (c.operator === "exists") return answers.length > 0 === c.answerBoolean;
    const matches = answers.some(
      (a) =>
        a.valueCoding?.system === c.answerCoding?.system &&
        a.valueCoding?.code === c.answerCoding?.code,
    );
    return c.operator === "!=" ? !matches : matches;
  };
  const enabled = (q: QuestionnaireItem) => {
    const results = (q.enableWhen ?? []).map(holds);
    return q.enableBehavior === "any" ? results.some(Boolean) : results.every(Boolean);
  };
  const problems: string[] = [];
  const walk = (qs: readonly QuestionnaireItem[], rs: readonly QuestionnaireResponseItem[]) => {
    for (const q of qs) {
      const r = rs.find((x) => x.linkId === q.linkId);
      if (r && !enabled(q)) problems.push(`${q.linkId}: present although disabled`);
      if (!r && q.required && enabled(q)) problems.push(`${q.linkId}: required but missing`);
      if (r && q.item) walk(q.item, r.item ?? []);
    }
  };
  walk(questionnaire.item, responseItems);
  return problems;
}
