/**
 * The publication cube, sparse: every number the dashboard can ever show is one cell (measure ×
 * clinic × age band × sex × period, with "all" margins; the period is all → year → month), with
 * its true count and its records' key sum. A figure has one cell whatever filter path reaches
 * it, so it has one perturbed value (no averaging of paths). Margins are cells of their own.
 *
 * Which cells exist (a product decision, docs/aggregates.md): months for totals only and only for
 * all ages and sexes; one of clinic, year, age band and sex narrowed, or clinic with year
 * (filter-values.ts `offered`: each further combination is another reading of the same
 * assessments for an averaging attacker).
 */
import type { Catalogue } from "../catalogue";
import { offered } from "../filter-values";
import { mod } from "./perturb";

export interface SourceRow {
  clinicId: string;
  /** "YYYY-MM" (UTC) for totals, "YYYY" for the other measures (a month is counted in its year). */
  period: string;
  ageBand: string;
  sex: string;
  /** "total", "level:high", "rule:use.daily", … as the publisher's count query names them. */
  measure: string;
  n: number;
  /** Sum of the counted assessments' record keys, modulo KEY_RANGE (perturb.ts). */
  keySum: number;
}

export interface CellId {
  /** "all" or a clinic id. */
  clinic: string;
  ageBand: string;
  sex: string;
  /** "all", "YYYY" or "YYYY-MM". */
  period: string;
  measure: string;
}

export interface Counted extends CellId {
  n: number;
  keySum: number;
}

export const ALL = "all";

export const cellKey = (c: CellId) => `${c.clinic}|${c.ageBand}|${c.sex}|${c.period}|${c.measure}`;

/**
 * Whether the cube holds a cell: its clinic, year, age band and sex are a combination the
 * dashboard offers (a month counts as its year), and months exist for monthly measures only,
 * for all ages and sexes.
 */
function exists(clinic: string, ageBand: string, sex: string, period: string, monthly: boolean) {
  if (period.length === 7 && (!monthly || ageBand !== ALL || sex !== ALL)) return false;
  return offered({ clinic, period: period.slice(0, 4), ageBand, sex });
}

/** Every measure the catalogue counts; `monthly` measures also exist per month. */
export function measuresOf(cat: Catalogue): { key: string; monthly: boolean }[] {
  return [
    "total",
    ...cat.levels.map((c) => `level:${c.key}`),
    ...cat.dependence.map((c) => `dependence:${c.key}`),
    ...cat.skin.map((c) => `skin:${c.key}`),
    ...cat.rules.map((c) => `rule:${c.key}`),
    ...cat.domains.map((c) => `domain:${c.key}`),
    ...cat.classes.map((c) => `class:${c.key}`),
  ].map((key) => ({ key, monthly: key === "total" }));
}

export const monthsOfYear = (y: string) =>
  Array.from({ length: 12 }, (_, m) => `${y}-${String(m + 1).padStart(2, "0")}`);

/** The years the figures span (first to last submission), or the fallback year alone. */
export function yearsOf(rows: readonly SourceRow[], fallbackYear: number): string[] {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const r of rows) {
    const y = Number(r.period.slice(0, 4));
    if (y < first) first = y;
    if (y > last) last = y;
  }
  if (rows.length === 0) first = last = fallbackYear;
  return Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
}

/**
 * Every cell that exists, with its true count and key sum (0 where nothing is counted). Rows
 * naming a clinic, band, sex or measure the catalogue does not know are not counted.
 */
export function countCells(
  cat: Catalogue,
  clinicIds: readonly string[],
  rows: readonly SourceRow[],
  years: readonly string[],
): Counted[] {
  const measures = measuresOf(cat);
  const monthly = new Map(measures.map((m) => [m.key, m.monthly]));
  const known = [new Set(clinicIds), new Set(cat.ageBands.map((c) => c.key))];
  const sexes = new Set(cat.sexes.map((c) => c.key));
  const yearSet = new Set(years);
  const counts = new Map<string, { n: number; keySum: number }>();
  for (const r of rows) {
    const m = monthly.get(r.measure);
    const year = r.period.slice(0, 4);
    if (m === undefined || !known[0].has(r.clinicId) || !known[1].has(r.ageBand)) continue;
    if (!sexes.has(r.sex) || !yearSet.has(year)) continue;
    const periods = r.period.length === 7 ? [ALL, year, r.period] : [ALL, year];
    // Each row adds to its own cell and to every margin the dashboard offers.
    for (const clinic of [ALL, r.clinicId])
      for (const ageBand of [ALL, r.ageBand])
        for (const sex of [ALL, r.sex])
          for (const period of periods) {
            if (!exists(clinic, ageBand, sex, period, m)) continue;
            const k = `${clinic}|${ageBand}|${sex}|${period}|${r.measure}`;
            const was = counts.get(k);
            if (was) {
              was.n += r.n;
              was.keySum = mod(was.keySum + r.keySum);
            } else counts.set(k, { n: r.n, keySum: mod(r.keySum) });
          }
  }
  const out: Counted[] = [];
  const months = years.flatMap(monthsOfYear);
  for (const { key: measure, monthly: mm } of measures)
    for (const clinic of [ALL, ...clinicIds])
      for (const ageBand of [ALL, ...known[1]])
        for (const sex of [ALL, ...sexes])
          for (const period of [ALL, ...years, ...(mm ? months : [])]) {
            if (!exists(clinic, ageBand, sex, period, mm)) continue;
            const c = counts.get(cellKey({ clinic, ageBand, sex, period, measure }));
            out.push({
              clinic,
              ageBand,
              sex,
              period,
              measure,
              n: c?.n ?? 0,
              keySum: c?.keySum ?? 0,
            });
          }
  return out;
}
