/**
 * "What changed since last time": this assessment beside the same clinician's previous one of
 * the same patient. Medicines first (started and stopped by name, typed ones too), then every
 * answer of the question table before and after, then the findings that came or went, each
 * read as the rest of the summary reads it (findingLine: the patient's own medicines). Pure,
 * so it is unit-tested.
 */
import { type AssessmentAnswers, describeAnswers, steps } from "@/lib/checklist";
import { medicationById } from "@/lib/medications";
import type { Finding } from "@/lib/risk/types";
import { findingLine, kratomUse, severityLabel } from "./summary-parts";

export interface ChangeRow {
  /** The answer's path: a stable key, and the step it belongs to. */
  path: string;
  /** The step's title, for grouping. */
  step: string;
  label: string;
  before: string;
  after: string;
  changed: boolean;
}

export interface FindingChange {
  id: string;
  severity: string;
  /** The finding as "What matters" reads it: "tramadol + daily kratom: serotonergic medicines". */
  line: string;
}

export interface Changes {
  previousAt: Date;
  currentAt: Date;
  level: { before: string; after: string; changed: boolean };
  /** Vocabulary medicines by name; "typed" are the free-text medicines, compared as typed. */
  medicines: { started: string[]; stopped: string[]; typedBefore: string; typedAfter: string };
  /** Every answer, the changed ones marked; the medicines' own rows come first. */
  rows: ChangeRow[];
  /** How many answers changed (a row each), medicines included. */
  changedCount: number;
  newFindings: FindingChange[];
  resolvedFindings: FindingChange[];
}

interface Side {
  at: Date;
  answers: AssessmentAnswers;
  overall: string;
  findings: readonly Finding[];
}

const NONE = "—";
const MEDICINES = "medications.medicationIds";
const TYPED = "medications.otherMedicines";
const medicationName = (id: string) => medicationById(id)?.generic ?? id;
const stepTitle = new Map(steps.map((s) => [s.key as string, s.title]));

const typed = (a: AssessmentAnswers) => a.medications?.otherMedicines?.trim() ?? "";
const ids = (a: AssessmentAnswers) => a.medications?.medicationIds ?? [];
/** Free text compared without case and spacing differences, which change nothing. */
const sameText = (x: string, y: string) =>
  x.toLowerCase().replace(/\s+/g, " ") === y.toLowerCase().replace(/\s+/g, " ");

function lines(
  answers: AssessmentAnswers,
): Map<string, { step: string; label: string; answer: string }> {
  const out = new Map<string, { step: string; label: string; answer: string }>();
  for (const { step, lines } of describeAnswers(answers, medicationName))
    for (const line of lines)
      out.set(line.path, {
        step: stepTitle.get(step) ?? step,
        label: line.question,
        answer: line.answer,
      });
  return out;
}

/** Every question either assessment shows, in the question table's order, medicines first. */
function answerRows(previous: AssessmentAnswers, current: AssessmentAnswers): ChangeRow[] {
  const before = lines(previous);
  const after = lines(current);
  const paths = [...new Set([...after.keys(), ...before.keys()])];
  const order = (p: string) => (p === MEDICINES ? 0 : p === TYPED ? 1 : 2);
  return paths
    .map((path, i) => ({ path, i }))
    .sort((a, b) => order(a.path) - order(b.path) || a.i - b.i)
    .map(({ path }) => {
      const then = before.get(path);
      const now = after.get(path);
      const row = { ...(now ?? then), before: then?.answer ?? NONE, after: now?.answer ?? NONE };
      const changed =
        path === TYPED ? !sameText(typed(previous), typed(current)) : row.before !== row.after;
      return {
        path,
        step: row.step ?? "",
        label: row.label ?? path,
        before: row.before,
        after: row.after,
        changed,
      };
    });
}

/** A finding read as its own assessment reads it ("tramadol + daily kratom: …"). */
const findingChanges = (side: Side, except: Set<string>): FindingChange[] => {
  const kratom = kratomUse(side.answers.usePattern?.frequency);
  return side.findings
    .filter((f) => !except.has(f.id))
    .map((f) => ({ id: f.id, severity: f.severity, line: findingLine(f, kratom) }));
};

export function compareAssessments(previous: Side, current: Side): Changes {
  const rows = answerRows(previous.answers, current.answers);
  const idsBefore = new Set(ids(previous.answers));
  const idsAfter = new Set(ids(current.answers));
  const beforeIds = new Set(previous.findings.map((f) => f.id));
  const afterIds = new Set(current.findings.map((f) => f.id));
  return {
    previousAt: previous.at,
    currentAt: current.at,
    level: {
      before: severityLabel(previous.overall),
      after: severityLabel(current.overall),
      changed: previous.overall !== current.overall,
    },
    medicines: {
      started: [...idsAfter].filter((id) => !idsBefore.has(id)).map(medicationName),
      stopped: [...idsBefore].filter((id) => !idsAfter.has(id)).map(medicationName),
      typedBefore: typed(previous.answers),
      typedAfter: typed(current.answers),
    },
    rows,
    changedCount: rows.filter((r) => r.changed).length,
    newFindings: findingChanges(current, beforeIds),
    resolvedFindings: findingChanges(previous, afterIds),
  };
}

/** "tramadol stopped; sertraline started; typed medicines changed", or null when none changed. */
export function medicineChangeText(changes: Changes): string | null {
  const { started, stopped, typedBefore, typedAfter } = changes.medicines;
  const parts = [
    ...stopped.map((name) => `${name} stopped`),
    ...started.map((name) => `${name} started`),
  ];
  if (!sameText(typedBefore, typedAfter))
    parts.push(
      !typedBefore
        ? `typed in: ${typedAfter}`
        : !typedAfter
          ? `no longer typed in: ${typedBefore}`
          : `typed medicines were “${typedBefore}”, now “${typedAfter}”`,
    );
  return parts.length ? parts.join("; ") : null;
}

/** Whether two times fall on the same calendar day in a time zone (then the heading shows times). */
export function sameDay(a: Date, b: Date, timeZone: string): boolean {
  const day = (d: Date) => d.toLocaleDateString("en-CA", { timeZone });
  return day(a) === day(b);
}
