/**
 * Synthetic assessments for the engine's tests and the bench: the bench's own archetypes (real
 * answers through the real rules) spread over a long tail of clinics and months, and the counts
 * the database's aggregate query would give for them. Test support: not imported by the app.
 */
import { type Archetype, archetypes, makeBatch, seeded } from "@/scripts/bench/synthetic-rows";
import type { SourceRow } from "./cells";
import { KEY_RANGE, mod } from "./perturb";

export interface Assessment {
  clinicId: string;
  /** "YYYY-MM-DD HH:MM:SS.mmm" (UTC), as the bench writes it. */
  at: string;
  ageBand: string;
  sex: string;
  overall: string;
  dependence: string;
  skin: string;
  rules: { id: string; domain: string }[];
  classes: string[];
  /** The record key the database draws at submit (random, never shown). */
  key: number;
}

export const clinicIdsOf = (count: number) =>
  Array.from({ length: count }, (_, i) => `clinic-${String(i + 1).padStart(2, "0")}`);

const pools = new Map<number, Archetype[]>();

/** `count` assessments over `clinics` clinics (sizes 1, 1/2, 1/3, …) and the last `months`. */
export function syntheticAssessments(
  count: number,
  seed: number,
  { clinics = 12, months = 36, only }: { clinics?: number; months?: number; only?: string } = {},
): Assessment[] {
  let pool = pools.get(seed);
  if (!pool) {
    pool = archetypes(600, seed);
    pools.set(seed, pool);
  }
  const ids = only ? [only] : clinicIdsOf(clinics);
  const list = ids.map((id, i) => ({ id, clinicianId: `c-${id}`, weight: 1 / (i + 1) }));
  const b = makeBatch(count, pool, list, seeded(seed + count), months);
  const keys = seeded(seed * 7_919 + count + 1);
  const out: Assessment[] = b.assessments.id.map((_, i) => ({
    clinicId: b.assessments.clinic[i],
    at: b.assessments.at[i],
    ageBand: b.assessments.ageBand[i],
    sex: b.assessments.sex[i],
    overall: b.assessments.overall[i],
    dependence: b.assessments.dependence[i],
    skin: b.assessments.skin[i],
    rules: [],
    classes: [],
    key: Math.floor(keys() * KEY_RANGE),
  }));
  const index = new Map(b.assessments.id.map((id, i) => [id, i]));
  b.findings.assessment.forEach((a, k) => {
    out[index.get(a) as number].rules.push({
      id: b.findings.ruleId[k],
      domain: b.findings.domain[k],
    });
  });
  b.classes.assessment.forEach((a, k) => {
    out[index.get(a) as number].classes.push(b.classes.classId[k]);
  });
  return out;
}

/**
 * The counts (and record-key sums) the aggregate query gives: totals per month, the
 * rest per year.
 */
export function sourceRows(list: Iterable<Assessment>): SourceRow[] {
  const counts = new Map<string, { n: number; keySum: number }>();
  const add = (a: Assessment, period: string, measure: string) => {
    const key = `${a.clinicId}|${period}|${a.ageBand}|${a.sex}|${measure}`;
    const was = counts.get(key) ?? { n: 0, keySum: 0 };
    counts.set(key, { n: was.n + 1, keySum: mod(was.keySum + a.key) });
  };
  for (const a of list) {
    const month = a.at.slice(0, 7);
    const year = a.at.slice(0, 4);
    add(a, month, "total");
    add(a, year, `level:${a.overall}`);
    add(a, year, `dependence:${a.dependence}`);
    add(a, year, `skin:${a.skin}`);
    for (const r of new Set(a.rules.map((r) => r.id))) add(a, year, `rule:${r}`);
    for (const d of new Set(a.rules.map((r) => r.domain))) add(a, year, `domain:${d}`);
    for (const c of new Set(a.classes)) add(a, year, `class:${c}`);
  }
  return [...counts].map(([key, { n, keySum }]) => {
    const [clinicId, period, ageBand, sex, measure] = key.split("|");
    return { clinicId, period, ageBand, sex, measure, n, keySum };
  });
}
