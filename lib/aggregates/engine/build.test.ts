import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Catalogue } from "../catalogue";
import { buildCube, type SourceRow } from "./build";
import { cellIndex } from "./cube";
import { PUBLISHED, suppressCube } from "./suppress";
import { auditSuppression, equations } from "./testing";

/** A cut-down catalogue: the same shape as the real one, small enough to check every equation. */
const cat: Catalogue = {
  levels: [
    { key: "low", label: "Low" },
    { key: "high", label: "High" },
  ],
  dependence: [
    { key: "none", label: "None" },
    { key: "mild", label: "Mild" },
  ],
  skin: [
    { key: "yes", label: "Yes" },
    { key: "no", label: "No" },
  ],
  rules: [{ key: "use.daily", label: "Daily use", domain: "use-pattern" }],
  domains: [{ key: "use-pattern", label: "Use" }],
  classes: [{ key: "alcohol", label: "Alcohol" }],
  ageBands: [
    { key: "18-24", label: "18–24" },
    { key: "25-34", label: "25–34" },
  ],
  sexes: [
    { key: "female", label: "Female" },
    { key: "male", label: "Male" },
  ],
};

const assessment = fc.record({
  clinicId: fc.constantFrom("a", "b"),
  month: fc.constantFrom("2025-01", "2025-07", "2026-03"),
  ageBand: fc.constantFrom("18-24", "25-34"),
  sex: fc.constantFrom("female", "male"),
  level: fc.constantFrom("low", "high"),
  dependence: fc.constantFrom("none", "mild"),
  skin: fc.constantFrom("yes", "no"),
  daily: fc.boolean(),
});

type Assessment = typeof assessment extends fc.Arbitrary<infer T> ? T : never;

/** Counts as the aggregate view gives them: totals and levels per month, the rest per year. */
function rowsOf(list: Assessment[]): SourceRow[] {
  const counts = new Map<string, number>();
  const add = (a: Assessment, period: string, measure: string) => {
    const key = [a.clinicId, period, a.ageBand, a.sex, measure].join("|");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  for (const a of list) {
    const year = a.month.slice(0, 4);
    add(a, a.month, "total");
    add(a, a.month, `level:${a.level}`);
    add(a, year, `dependence:${a.dependence}`);
    add(a, year, `skin:${a.skin}`);
    if (a.daily) for (const m of ["rule:use.daily", "domain:use-pattern"]) add(a, year, m);
  }
  return [...counts].map(([k, n]) => {
    const [clinicId, period, ageBand, sex, measure] = k.split("|");
    return { clinicId, period, ageBand, sex, measure, n };
  });
}

describe("the dashboard cube", () => {
  it("keeps every margin equal to the sum of its parts, complements included", () => {
    const { cube } = buildCube(cat, ["a", "b"], rowsOf(fc.sample(assessment, 300)), 2026);
    for (const [margin, ...parts] of equations(cube)) {
      expect(parts.reduce((s, i) => s + cube.values[i], 0)).toBe(cube.values[margin]);
    }
  });

  it("publishes months only for all ages and sexes, and at most two narrowed filters", () => {
    const { cube, measureIndex } = buildCube(
      cat,
      ["a", "b"],
      rowsOf(fc.sample(assessment, 50)),
      2026,
    );
    const total = measureIndex.get("total") ?? 0;
    const month = cube.dims[3].keys.indexOf("2025-07");
    const year = cube.dims[3].keys.indexOf("2025");
    expect(cube.values[cellIndex(cube, total, [1, 0, 0, month])]).toBeGreaterThanOrEqual(0);
    expect(cube.values[cellIndex(cube, total, [1, 1, 0, month])]).toBe(-1);
    expect(cube.values[cellIndex(cube, total, [1, 1, 0, 0])]).toBeGreaterThanOrEqual(0);
    expect(cube.values[cellIndex(cube, total, [1, 0, 0, year])]).toBeGreaterThanOrEqual(0);
    expect(cube.values[cellIndex(cube, total, [1, 1, 1, 0])]).toBe(-1);
    expect(cube.values[cellIndex(cube, total, [1, 1, 0, year])]).toBe(-1);
  });

  it("protects every small cell of random clinics with a valid witness", () => {
    fc.assert(
      fc.property(fc.array(assessment, { minLength: 0, maxLength: 160 }), (list) => {
        const { cube } = buildCube(cat, ["a", "b"], rowsOf(list), 2026);
        const result = suppressCube(cube, { threshold: 11, recordWitnesses: true });
        // Never blank: the widened search protects every small cell.
        expect(result.unprotected).toBe(0);
        expect([...result.status].some((s, i) => s === PUBLISHED && cube.values[i] > 0)).toBe(
          list.length >= 11,
        );
        expect(auditSuppression(cube, result.status, 11, result.witnesses ?? [])).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
