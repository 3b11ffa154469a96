import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Catalogue } from "../catalogue";
import { cellKey, countCells, type SourceRow, yearsOf } from "./cells";
import { mod } from "./perturb";
import { computeRelease } from "./release";

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
  key: fc.integer({ min: 0, max: (1 << 20) - 1 }),
});

type Assessment = typeof assessment extends fc.Arbitrary<infer T> ? T : never;

/** Counts as the aggregate view gives them: totals and levels per month, the rest per year. */
function rowsOf(list: Assessment[]): SourceRow[] {
  const counts = new Map<string, { n: number; keySum: number }>();
  const add = (a: Assessment, period: string, measure: string) => {
    const key = [a.clinicId, period, a.ageBand, a.sex, measure].join("|");
    const was = counts.get(key) ?? { n: 0, keySum: 0 };
    counts.set(key, { n: was.n + 1, keySum: mod(was.keySum + a.key) });
  };
  for (const a of list) {
    const year = a.month.slice(0, 4);
    add(a, a.month, "total");
    add(a, a.month, `level:${a.level}`);
    add(a, year, `dependence:${a.dependence}`);
    add(a, year, `skin:${a.skin}`);
    if (a.daily) for (const m of ["rule:use.daily", "domain:use-pattern"]) add(a, year, m);
  }
  return [...counts].map(([k, { n, keySum }]) => {
    const [clinicId, period, ageBand, sex, measure] = k.split("|");
    return { clinicId, period, ageBand, sex, measure, n, keySum };
  });
}

/** The cells of a sample, by key. */
function cellsOf(list: Assessment[]) {
  const rows = rowsOf(list);
  const cells = countCells(cat, ["a", "b"], rows, yearsOf(rows, 2026));
  return new Map(cells.map((c) => [cellKey(c), c]));
}

describe("the dashboard cube", () => {
  it("keeps every margin equal to the sum of its parts, counts and key sums alike", () => {
    const cells = cellsOf(fc.sample(assessment, 300));
    const at = (clinic: string, ageBand: string, sex: string, period: string, measure: string) =>
      cells.get(cellKey({ clinic, ageBand, sex, period, measure })) ?? { n: -1, keySum: -1 };
    const measures = [...new Set([...cells.values()].map((c) => c.measure))];
    expect(measures.length).toBeGreaterThan(8);
    for (const m of measures) {
      // The network = its clinics; a clinic's all time = its years; all ages = the bands.
      const sums = [
        [at("all", "all", "all", "all", m), ["a", "b"].map((c) => at(c, "all", "all", "all", m))],
        [at("a", "all", "all", "all", m), ["2025", "2026"].map((y) => at("a", "all", "all", y, m))],
        [
          at("all", "all", "all", "all", m),
          ["18-24", "25-34"].map((b) => at("all", b, "all", "all", m)),
        ],
      ] as const;
      // A year of a clinic = its months (months exist for totals only).
      const year = at("a", "all", "all", "2025", m);
      if (m === "total") {
        const months = ["01", "07"].map((mo) => at("a", "all", "all", `2025-${mo}`, m));
        expect(months.reduce((t, c) => t + c.n, 0)).toBe(year.n);
      }
      for (const [margin, parts] of sums) {
        expect(parts.reduce((t, c) => t + c.n, 0)).toBe(margin.n);
        expect(mod(parts.reduce((t, c) => t + c.keySum, 0))).toBe(margin.keySum);
      }
    }
  });

  it("publishes months only for totals of all ages and sexes, and only the offered filters", () => {
    const cells = cellsOf(fc.sample(assessment, 50));
    const has = (clinic: string, ageBand: string, sex: string, period: string, measure = "total") =>
      cells.has(cellKey({ clinic, ageBand, sex, period, measure }));
    expect(has("a", "all", "all", "2025-07")).toBe(true);
    expect(has("all", "all", "all", "2025-07")).toBe(true);
    expect(has("a", "all", "all", "2025-07", "level:low")).toBe(false);
    expect(has("a", "18-24", "all", "2025-07")).toBe(false);
    // One filter alone, and clinic with year; no other pair, nothing narrower.
    expect(has("a", "all", "all", "all")).toBe(true);
    expect(has("all", "18-24", "all", "all")).toBe(true);
    expect(has("all", "all", "male", "all")).toBe(true);
    expect(has("all", "all", "all", "2025")).toBe(true);
    expect(has("a", "all", "all", "2025", "skin:yes")).toBe(true);
    expect(has("a", "18-24", "all", "all")).toBe(false);
    expect(has("a", "all", "male", "all")).toBe(false);
    expect(has("all", "18-24", "female", "all")).toBe(false);
    expect(has("all", "18-24", "all", "2025")).toBe(false);
    expect(has("all", "all", "male", "2025")).toBe(false);
    expect(has("a", "18-24", "female", "all")).toBe(false);
  });

  it('publishes every cell of random clinics as 0, "<11" or a number of at least 11', () => {
    fc.assert(
      fc.property(fc.array(assessment, { minLength: 0, maxLength: 160 }), (list) => {
        const { cells } = computeRelease({
          catalogue: cat,
          clinicIds: ["a", "b"],
          rows: rowsOf(list),
          fallbackYear: 2026,
          threshold: 11,
        });
        for (const c of cells) expect(c.n === 0 || c.n >= 11).toBe(true);
        const total = cells.find(
          (c) =>
            c.clinic === "all" &&
            c.period === "all" &&
            c.ageBand === "all" &&
            c.sex === "all" &&
            c.measure === "total",
        );
        // Nothing submitted: the network total is exactly 0; otherwise never 1–10.
        if (list.length === 0) expect(total).toMatchObject({ n: 0, status: 0 });
      }),
      { numRuns: 40 },
    );
  });
});
