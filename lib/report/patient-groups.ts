/**
 * "My assessments" by patient: the list arrives newest first with an opaque patient key (the
 * DAL groups through the keyed hash and never passes it on); each group keeps that order, and
 * its trend reads oldest to newest, as a clinician says it.
 */
import { severityLabel } from "./summary-parts";

export interface ListedAssessment {
  id: string;
  patientReference: string;
  patientKey: number;
  submittedAt: Date;
  overallLevel: string;
  dsmCount: number | null;
}

export interface PatientGroup<T extends ListedAssessment> {
  key: number;
  patientReference: string;
  /** Newest first. */
  assessments: T[];
  /** "Low → Moderate → High", oldest first; one level when there is one assessment. */
  levelTrend: string;
  /** "not asked → 4 → 2", oldest first. */
  dsmTrend: string;
}

export function groupByPatient<T extends ListedAssessment>(items: readonly T[]): PatientGroup<T>[] {
  const groups = new Map<number, T[]>();
  for (const item of items)
    groups.set(item.patientKey, [...(groups.get(item.patientKey) ?? []), item]);
  return [...groups].map(([key, assessments]) => {
    const oldestFirst = [...assessments].reverse();
    return {
      key,
      patientReference: assessments[0]?.patientReference ?? "",
      assessments,
      levelTrend: oldestFirst.map((a) => severityLabel(a.overallLevel)).join(" → "),
      dsmTrend: oldestFirst
        .map((a) => (a.dsmCount === null ? "not asked" : String(a.dsmCount)))
        .join(" → "),
    };
  });
}
