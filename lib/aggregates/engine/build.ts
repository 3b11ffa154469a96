/**
 * Builds the publication cube from the database's counts per (clinic, month, age band, sex,
 * measure). Everything is published per year (the finest period the filters offer); the monthly
 * trend (totals only: levels by month were mostly small counts, and protecting them hid most of
 * the wide figures) only per clinic and for all clinics, across all ages and sexes; and at most two of clinic, age band, sex and year are narrowed at once (MAX_NARROWED). The finer
 * cells are nearly all below the threshold: publishing them would only force more hiding.
 */
import type { Catalogue } from "../catalogue";
import { MAX_NARROWED } from "../filter-values";
import {
  addLeaf,
  type Cube,
  fillMargins,
  flatDim,
  type Measure,
  makeCube,
  makeDim,
  restrictCube,
} from "./cube";

export interface SourceRow {
  clinicId: string;
  /** "YYYY-MM" (UTC) for totals and levels, "YYYY" for the other measures. */
  period: string;
  ageBand: string;
  sex: string;
  /** "total", "level:high", "rule:use.daily", … as produced by the aggregate view. */
  measure: string;
  n: number;
  /** Sum of the counted assessments' record keys, modulo KEY_RANGE (perturb.ts). */
  keySum: number;
}

export interface BuiltCube {
  cube: Cube;
  measureIndex: Map<string, number>;
  years: string[];
  /** Rows whose clinic, band, sex or measure is unknown to the catalogue (not counted). */
  skipped: number;
}

const MONTH_DEPTH = 2;
const YEAR_DEPTH = 1;

function measuresOf(cat: Catalogue): Measure[] {
  const out: Measure[] = [{ key: "total", kind: "total", family: -1, depthLimit: MONTH_DEPTH }];
  const part = (prefix: string, family: number, depth: number) => (c: { key: string }) =>
    out.push({ key: `${prefix}:${c.key}`, kind: "part", family, depthLimit: depth });
  cat.levels.forEach(part("level", 0, YEAR_DEPTH));
  cat.dependence.forEach(part("dependence", 1, YEAR_DEPTH));
  cat.skin.forEach(part("skin", 2, YEAR_DEPTH));
  let binary = 0;
  const binaries = (prefix: string, list: { key: string }[]) => {
    for (const c of list) {
      out.push({ key: `${prefix}:${c.key}`, kind: "yes", family: binary, depthLimit: YEAR_DEPTH });
      out.push({
        key: `${prefix}:${c.key}!no`,
        kind: "no",
        family: binary++,
        depthLimit: YEAR_DEPTH,
      });
    }
  };
  binaries("rule", cat.rules);
  binaries("domain", cat.domains);
  binaries("class", cat.classes);
  return out;
}

export function buildCube(
  cat: Catalogue,
  clinicIds: string[],
  rows: SourceRow[],
  fallbackYear: number,
): BuiltCube {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const r of rows) {
    const y = Number(r.period.slice(0, 4));
    if (y < first) first = y;
    if (y > last) last = y;
  }
  if (rows.length === 0) first = last = fallbackYear;
  const years = Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
  const period = makeDim("period", {
    all: years,
    ...Object.fromEntries(
      years.map((y) => [
        y,
        Array.from({ length: 12 }, (_, m) => `${y}-${String(m + 1).padStart(2, "0")}`),
      ]),
    ),
  });
  const dims = [
    flatDim("clinic", clinicIds),
    flatDim(
      "ageBand",
      cat.ageBands.map((c) => c.key),
    ),
    flatDim(
      "sex",
      cat.sexes.map((c) => c.key),
    ),
    period,
  ];
  const measures = measuresOf(cat);
  const cube = makeCube(dims, measures);
  const measureIndex = new Map(measures.map((m, i) => [m.key, i]));
  const nodeIndex = dims.map((d) => new Map(d.keys.map((k, i) => [k, i])));
  let skipped = 0;
  for (const r of rows) {
    const m = measureIndex.get(r.measure);
    const c = nodeIndex[0].get(r.clinicId);
    const a = nodeIndex[1].get(r.ageBand);
    const s = nodeIndex[2].get(r.sex);
    const t = nodeIndex[3].get(r.period);
    if (m === undefined || !c || !a || !s || !t) {
      skipped++;
      continue;
    }
    addLeaf(cube, m, [c, a, s, t], r.n, r.keySum);
  }
  fillMargins(cube);
  deriveComplements(cube);
  restrictCube(cube, (m, [c, a, s, t]) => {
    const depth = period.depth[t];
    const specific = (c > 0 ? 1 : 0) + (a > 0 ? 1 : 0) + (s > 0 ? 1 : 0) + (t > 0 ? 1 : 0);
    return (
      depth <= measures[m].depthLimit &&
      specific <= MAX_NARROWED &&
      (depth < MONTH_DEPTH || (a === 0 && s === 0))
    );
  });
  return { cube, measureIndex, years, skipped };
}

/** "no" = total − "yes" in every cell, once margins are summed (both sides are sums alike). */
function deriveComplements(cube: Cube): void {
  const { values, measureStride } = cube;
  for (const b of cube.binaries) {
    for (let p = 0; p < measureStride; p++) {
      values[b.no * measureStride + p] = values[p] - values[b.yes * measureStride + p];
    }
  }
}
