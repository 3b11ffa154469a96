/**
 * "What changed since last time": this assessment beside the same clinician's previous one of
 * the same patient. Only answers and findings both summaries hold; pure, so it is unit-tested.
 */
import {
  type AssessmentAnswers,
  coUsedSubstances,
  dependenceSeverityOf,
  doseAmounts,
  labelOf,
  productForms,
  useFrequencies,
  yesNoUnknown,
} from "@/lib/checklist";
import type { Finding } from "@/lib/risk/types";
import { severityLabel } from "./summary-parts";

export interface ChangeRow {
  label: string;
  before: string;
  after: string;
  changed: boolean;
}

export interface Changes {
  previousAt: Date;
  currentAt: Date;
  rows: ChangeRow[];
  newFindings: Pick<Finding, "id" | "title" | "severity">[];
  resolvedFindings: Pick<Finding, "id" | "title" | "severity">[];
}

type FindingRef = Pick<Finding, "id" | "title" | "severity">;

interface Side {
  at: Date;
  answers: AssessmentAnswers;
  overall: string;
  findings: readonly FindingRef[];
}

const labels = (list: Parameters<typeof labelOf>[0], values: readonly string[] | undefined) =>
  values && values.length > 0 ? values.map((v) => labelOf(list, v)).join(", ") : "—";

function dsm(a: AssessmentAnswers): string {
  const severity = dependenceSeverityOf(a.dependence);
  if (severity === "not-assessed") return "not asked";
  return `${a.dependence.criteria.length} of 11 (${severity})`;
}

function peg(a: AssessmentAnswers): string {
  const p = a.patient.peg;
  if (!p) return a.patient.pegDeclined ? "not asked / declined" : "—";
  const mean = (p.pain + p.enjoyment + p.activity) / 3;
  return `${p.pain}, ${p.enjoyment}, ${p.activity} (mean ${mean.toFixed(1)})`;
}

function skin(a: AssessmentAnswers): string {
  const s = a.skin;
  if (s.newDarkening !== "yes") return labelOf(yesNoUnknown, s.newDarkening);
  return `new darkening, ${s.sites.length} site${s.sites.length === 1 ? "" : "s"}${s.colour ? `, ${s.colour.replace("-", " ")}` : ""}`;
}

const ROWS: { label: string; read: (a: AssessmentAnswers) => string }[] = [
  { label: "Products", read: (a) => labels(productForms, a.usePattern.productForms) },
  { label: "Amount per dose", read: (a) => labelOf(doseAmounts, a.usePattern.amountPerDose) },
  { label: "Frequency", read: (a) => labelOf(useFrequencies, a.usePattern.frequency) },
  { label: "Doses on a day of use", read: (a) => String(a.usePattern.dosesPerDay ?? "—") },
  { label: "Used with", read: (a) => labels(coUsedSubstances, a.usePattern.coUsed) },
  { label: "DSM-5 criteria", read: dsm },
  { label: "Skin", read: skin },
  { label: "PEG-3 (pain, enjoyment, activity)", read: peg },
];

export function compareAssessments(previous: Side, current: Side): Changes {
  const rows: ChangeRow[] = [
    {
      label: "Overall level",
      before: severityLabel(previous.overall),
      after: severityLabel(current.overall),
      changed: previous.overall !== current.overall,
    },
    ...ROWS.map(({ label, read }) => {
      const before = read(previous.answers);
      const after = read(current.answers);
      return { label, before, after, changed: before !== after };
    }),
  ];
  const before = new Set(previous.findings.map((f) => f.id));
  const after = new Set(current.findings.map((f) => f.id));
  return {
    previousAt: previous.at,
    currentAt: current.at,
    rows,
    newFindings: current.findings.filter((f) => !before.has(f.id)),
    resolvedFindings: previous.findings.filter((f) => !after.has(f.id)),
  };
}
