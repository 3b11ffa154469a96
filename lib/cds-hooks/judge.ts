/**
 * The interaction rules (lib/risk assess) for each newly ordered medicine. The order is added to
 * what the patient already takes and the rules run once; a finding belongs to an ordered medicine
 * when one of its triggers names it. Pure: the same call in a unit test, the route and the bench.
 *
 * Basis: the patient's latest checklist in this clinic, or kratom use recorded in the chart.
 * From the chart alone, how often kratom is used is usually unknown: the rules then run once per
 * frequency the form knows, a finding that fires at every frequency is stated plainly, and one
 * that fires only at some is stated with those frequencies ("applies if kratom is used …").
 * Triggers are then cut to the medicines, so no answer the chart does not hold is ever shown.
 */
import { useFrequencies } from "@/lib/checklist/options";
import type { AssessmentAnswers } from "@/lib/checklist/schemas";
import type { Medication } from "@/lib/medications";
import { assess } from "@/lib/risk";
import type { Finding, FindingSeverity } from "@/lib/risk/types";
import { chartAnswers } from "./chart-answers";
import type { OrderedMedicine } from "./draft-orders";
import type { ChartSignal, UseFrequency } from "./kratom-signal";

export type Basis =
  | { kind: "assessment"; answers: AssessmentAnswers; assessmentId: string; submittedAt: Date }
  | { kind: "chart"; signal: ChartSignal };

export interface JudgedFinding {
  finding: Finding;
  /** Set when the finding holds only at these frequencies (chart basis, frequency unknown). */
  onlyAt?: UseFrequency[];
}

export interface JudgedOrder {
  medication: Medication;
  ref?: string;
  /** Highest severity first. */
  findings: JudgedFinding[];
}

const MEDICINES = "medications.medicationIds";
const rank: Record<FindingSeverity, number> = { high: 3, moderate: 2, low: 1, info: 0 };
export const highestSeverity = (fs: readonly JudgedFinding[]): FindingSeverity =>
  fs.reduce<FindingSeverity>(
    (top, f) => (rank[f.finding.severity] > rank[top] ? f.finding.severity : top),
    "info",
  );

/** A trigger names the medicine by its generic name alone or as "generic: what it is". */
export function namesMedicine(f: Finding, med: Medication): boolean {
  return f.triggeredBy.some(
    (t) =>
      t.path === MEDICINES && (t.answer === med.generic || t.answer.startsWith(`${med.generic}:`)),
  );
}

function scenarios(
  basis: Basis,
  ids: string[],
): { at?: UseFrequency; answers: AssessmentAnswers }[] {
  if (basis.kind === "assessment") {
    const medications = { ...basis.answers.medications, medicationIds: ids, noneTaken: undefined };
    return [{ answers: { ...basis.answers, medications } }];
  }
  const known = basis.signal.frequency;
  const frequencies = known ? [known] : useFrequencies.map((f) => f.value);
  return frequencies.map((at) => ({ at, answers: chartAnswers(at, ids) }));
}

/**
 * One entry per newly ordered medicine that at least one finding names; medicines with no
 * finding (no interaction class, or nothing fires) are left out: no card.
 */
export function judgeOrders(
  basis: Basis,
  orders: readonly OrderedMedicine[],
  chartMedicines: readonly Medication[] = [],
): JudgedOrder[] {
  const matched = orders.flatMap((o) =>
    o.mapped.status === "matched" ? [{ ...o, medication: o.mapped.medication }] : [],
  );
  const fresh = matched.filter((o) => o.isNew);
  if (fresh.length === 0) return [];
  const listed = basis.kind === "assessment" ? basis.answers.medications.medicationIds : [];
  const ids = [
    ...new Set([
      ...listed,
      ...chartMedicines.map((m) => m.id),
      ...matched.map((o) => o.medication.id),
    ]),
  ];
  const runs = scenarios(basis, ids).map((s) => ({
    at: s.at,
    findings: assess(s.answers).findings,
  }));
  const fromChart = basis.kind === "chart";

  const seen = new Set<string>();
  return fresh.flatMap((order) => {
    if (seen.has(order.medication.id)) return [];
    seen.add(order.medication.id);
    const byId = new Map<string, { finding: Finding; at: UseFrequency[] }>();
    for (const run of runs) {
      for (const f of run.findings) {
        if (!namesMedicine(f, order.medication)) continue;
        const entry = byId.get(f.id) ?? { finding: f, at: [] };
        if (run.at) entry.at.push(run.at);
        if (rank[f.severity] > rank[entry.finding.severity]) entry.finding = f;
        byId.set(f.id, entry);
      }
    }
    const findings = [...byId.values()]
      .map(({ finding, at }): JudgedFinding => {
        const shown = fromChart
          ? { ...finding, triggeredBy: finding.triggeredBy.filter((t) => t.path === MEDICINES) }
          : finding;
        return at.length > 0 && at.length < runs.length
          ? { finding: shown, onlyAt: at }
          : { finding: shown };
      })
      .sort((a, b) => rank[b.finding.severity] - rank[a.finding.severity]);
    return findings.length > 0 ? [{ medication: order.medication, ref: order.ref, findings }] : [];
  });
}
