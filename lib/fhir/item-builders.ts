/**
 * Small builders for Questionnaire items, so the item table in questionnaire-items.ts reads
 * like the form: one line per question, wording from lib/checklist/questions.ts, answer
 * options from lib/checklist/options.ts.
 */
import type { Option } from "@/lib/checklist/options";
import { type AnswerPath, questionText } from "@/lib/checklist/questions";
import { codeSystemOf } from "./codes";
import type { Coding, EnableWhen, QuestionnaireItem } from "./types";

interface ItemOptions {
  /** Items are required unless the form lets them be left empty. */
  optional?: boolean;
  when?: Pick<QuestionnaireItem, "enableWhen" | "enableBehavior">;
}

const base = (path: AnswerPath, opts: ItemOptions) => ({
  linkId: path,
  text: questionText[path],
  ...(opts.optional ? {} : { required: true }),
  ...opts.when,
});

export function codingsOf(list: readonly Option[]): Coding[] {
  const system = codeSystemOf(list);
  return list.map((o) => ({ system, code: o.value, display: o.label }));
}

export function choice(
  path: AnswerPath,
  codings: Coding[],
  opts: ItemOptions & { repeats?: boolean } = {},
): QuestionnaireItem {
  return {
    ...base(path, opts),
    type: "choice",
    ...(opts.repeats ? { repeats: true } : {}),
    answerOption: codings.map((valueCoding) => ({ valueCoding })),
  };
}

/** One answer from an option list. */
export const one = (path: AnswerPath, list: readonly Option[], opts: ItemOptions = {}) =>
  choice(path, codingsOf(list), opts);

/** Any number of answers from an option list (a group of tick boxes on the form). */
export const some = (path: AnswerPath, list: readonly Option[], opts: ItemOptions = {}) =>
  choice(path, codingsOf(list), { ...opts, repeats: true });

export function integer(
  path: AnswerPath,
  min: number,
  max: number,
  opts: ItemOptions = {},
): QuestionnaireItem {
  return {
    ...base(path, opts),
    type: "integer",
    extension: [
      { url: "http://hl7.org/fhir/StructureDefinition/minValue", valueInteger: min },
      { url: "http://hl7.org/fhir/StructureDefinition/maxValue", valueInteger: max },
    ],
  };
}

export function freeText(
  path: AnswerPath,
  type: "string" | "text",
  maxLength: number,
  opts: ItemOptions = {},
): QuestionnaireItem {
  return { ...base(path, opts), type, maxLength };
}

export function boolean(path: AnswerPath, opts: ItemOptions = {}): QuestionnaireItem {
  return { ...base(path, opts), type: "boolean" };
}

export function group(
  path: AnswerPath,
  items: QuestionnaireItem[],
  opts: ItemOptions = {},
): QuestionnaireItem {
  return { ...base(path, opts), type: "group", item: items };
}

/**
 * Enabled when the gate question has any of the given answers (`=`), or none of them (`!=`,
 * which also holds while it is unanswered).
 */
function onAnswers(
  operator: "=" | "!=",
  path: AnswerPath,
  list: readonly Option[],
  values: readonly unknown[],
): Pick<QuestionnaireItem, "enableWhen" | "enableBehavior"> {
  const codings = codingsOf(list).filter((c) => values.includes(c.code));
  if (codings.length !== values.length) throw new Error(`Unknown option in enableWhen: ${path}`);
  const enableWhen: EnableWhen[] = codings.map(({ system, code }) => ({
    question: path,
    operator,
    answerCoding: { system, code },
  }));
  // FHIR requires enableBehavior once there is more than one condition (constraint que-12).
  if (enableWhen.length < 2) return { enableWhen };
  return { enableWhen, enableBehavior: operator === "=" ? "any" : "all" };
}

export const whenChosen = (path: AnswerPath, list: readonly Option[], values: readonly string[]) =>
  onAnswers("=", path, list, values);

export const whenNotChosen = (
  path: AnswerPath,
  list: readonly Option[],
  values: readonly unknown[],
) => onAnswers("!=", path, list, values);

/** Enabled when none of the given questions has an answer. */
export function whenUnanswered(
  ...paths: AnswerPath[]
): Pick<QuestionnaireItem, "enableWhen" | "enableBehavior"> {
  const enableWhen: EnableWhen[] = paths.map((question) => ({
    question,
    operator: "exists",
    answerBoolean: false,
  }));
  return enableWhen.length > 1 ? { enableWhen, enableBehavior: "all" } : { enableWhen };
}
