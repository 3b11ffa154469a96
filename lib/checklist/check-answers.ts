/**
 * The browser's check of a step, or of the whole assessment before submit: the rules of
 * field-rules.ts and the checks of step-checks.ts applied without zod, issue for issue as the
 * zod schemas report them (check-answers.test.ts compares the two on generated answers). The
 * server still validates everything with zod: this check is for the clinician, not the authority.
 */
import {
  type FieldRule,
  fieldRulesOf,
  MEDICINE_NOT_IN_VOCABULARY,
  UNREADABLE,
} from "./field-rules";
import { crossStepIssues, type Issue, stepIssues } from "./step-checks";
import { type StepDefinition, type StepKey, steps } from "./steps";

export type { Issue };

export interface CheckOptions {
  /**
   * Whether a medicine id is in the vocabulary. The vocabulary loads after the page (the
   * medications step and the review need it); until then ids are checked only for their shape.
   */
  knownMedicine?: (id: string) => boolean;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

type Path = (string | number)[];
/**
 * `stop`: zod aborts outright (a fraction where a whole number is asked, a list longer than its
 * options): then no check that reads several answers runs, in the step or across steps.
 */
type Found = Issue & { stop?: true };

/**
 * zod's order: a wrong type or option stops the refinements of its field that follow, a size
 * check does not, and an oversized list is refused before its items are read.
 */
function checkField(rule: FieldRule, value: unknown, path: Path, options: CheckOptions): Found[] {
  const at = (message: string, where: Path = path): Found[] => [{ path: where, message }];
  const stop = (message: string): Found[] => [{ path, message, stop: true }];
  switch (rule.kind) {
    case "one":
      if (value === undefined && rule.optional) return [];
      return rule.values.includes(value as string) ? [] : at(rule.invalid);
    case "some": {
      if (!Array.isArray(value)) return at(rule.invalid);
      if (value.length > rule.values.length) return stop(rule.twice);
      const issues = value.flatMap((v, i) =>
        rule.values.includes(v) ? [] : at(rule.invalid, [...path, i]),
      );
      const wrongElement = issues.length > 0;
      if (rule.empty && value.length < 1) issues.push(...at(rule.empty));
      if (wrongElement) return issues;
      if (new Set(value).size !== value.length) issues.push(...at(rule.twice));
      if (value.length !== 1 && value.some((x) => rule.exclusive.includes(x)))
        issues.push(...at(rule.combined));
      return issues;
    }
    case "integer":
      if (typeof value !== "number" || !Number.isFinite(value)) return at(rule.range);
      if (!Number.isInteger(value)) return stop(rule.whole);
      if (!Number.isSafeInteger(value)) return at(rule.whole);
      return value < rule.min || value > rule.max ? at(rule.range) : [];
    case "text": {
      if (value === undefined && !rule.required) return [];
      if (typeof value !== "string") return at(rule.invalid);
      const text = value.trim();
      if (rule.required && text.length < 1) return at(rule.required);
      // Counted in characters (code points), as zod counts them.
      return [...text].length > rule.max ? at(rule.tooLong) : [];
    }
    case "boolean":
      return value === undefined || typeof value === "boolean" ? [] : at(rule.invalid);
    case "group":
      if (value === undefined) return [];
      return isObject(value) ? checkFields(rule.fields, value, path, options) : at(rule.invalid);
    case "medicines": {
      if (!Array.isArray(value)) return at(rule.unknown);
      if (value.length > rule.max) return stop(rule.tooMany);
      const issues = value.flatMap((id, i) =>
        typeof id === "string" && rule.pattern.test(id) ? [] : at(rule.unknown, [...path, i]),
      );
      if (value.some((id) => typeof id !== "string")) return issues;
      if (new Set(value).size !== value.length) issues.push(...at(rule.twice));
      if (options.knownMedicine && !value.every(options.knownMedicine))
        issues.push(...at(MEDICINE_NOT_IN_VOCABULARY));
      return issues;
    }
  }
}

function checkFields(
  rules: Record<string, FieldRule>,
  value: Record<string, unknown>,
  path: Path,
  options: CheckOptions,
): Found[] {
  return Object.entries(rules).flatMap(([key, rule]) =>
    checkField(rule, value[key], [...path, key], options),
  );
}

const rulesByStep = new Map(steps.map((s) => [s.key, fieldRulesOf(s.key)]));
const checksByStep = new Map(steps.map((s) => [s.key, stepIssues(s.key)]));

function findInStep(stepKey: StepKey, value: unknown, options: CheckOptions): Found[] {
  if (!isObject(value)) return [{ path: [stepKey], message: UNREADABLE }];
  const fields = checkFields(rulesByStep.get(stepKey) ?? {}, value, [stepKey], options);
  if (fields.some((i) => i.stop)) return fields;
  const own = (checksByStep.get(stepKey) ?? (() => []))(value);
  return [...fields, ...own.map((i) => ({ ...i, path: [stepKey, ...i.path] }))];
}

const plain = (found: Found[]): Issue[] => found.map(({ path, message }) => ({ path, message }));

/** Every issue of one step's answers, each path starting with the step's key. */
export function checkStep(stepKey: StepKey, value: unknown, options: CheckOptions = {}): Issue[] {
  return plain(findInStep(stepKey, value, options));
}

/** Every issue of the whole assessment, as the submit's schema sees it. */
export function checkAssessment(answers: unknown, options: CheckOptions = {}): Issue[] {
  const all = isObject(answers) ? answers : {};
  const found = steps.flatMap((s) => findInStep(s.key, all[s.key], options));
  return plain(found.some((i) => i.stop) ? found : [...found, ...crossStepIssues(all)]);
}

/** Which steps of a (possibly partial) draft already pass their own check. */
export function completedSteps(
  draft: Partial<Record<StepKey, unknown>>,
  options: CheckOptions = {},
): Set<StepKey> {
  const done = steps.filter((s) => checkStep(s.key, draft[s.key], options).length === 0);
  return new Set(done.map((s) => s.key));
}

/** The first step that is not yet valid: where a resumed draft should reopen. */
export function firstIncompleteStep(
  draft: Partial<Record<StepKey, unknown>>,
  options: CheckOptions = {},
): StepDefinition | undefined {
  const done = completedSteps(draft, options);
  return steps.find((s) => !done.has(s.key));
}
