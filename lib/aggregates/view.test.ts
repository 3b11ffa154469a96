import { describe, expect, it } from "vitest";
import type { Catalogue } from "./catalogue";
import { viewToCsv } from "./csv";
import { computeRelease, MAX_PERTURBATION, type SourceRow } from "./engine";
import { type AggregateFilters, ALL } from "./filter-values";
import { type AggregateView, type Cell, isHidden } from "./types";
import { type ReleaseCells, viewOf } from "./view";

const cat: Catalogue = {
  levels: [
    { key: "low", label: "Low" },
    { key: "high", label: "High" },
  ],
  dependence: [{ key: "none", label: "None" }],
  skin: [{ key: "no", label: "No" }],
  rules: [{ key: "use.daily", label: "Daily use", domain: "use-pattern" }],
  domains: [{ key: "use-pattern", label: "Use" }],
  classes: [],
  ageBands: [
    { key: "25-34", label: "25–34" },
    { key: "35-44", label: "35–44" },
  ],
  sexes: [
    { key: "female", label: "Female" },
    { key: "male", label: "Male" },
  ],
};

/** Assessments as (clinic, sex, age, level, count): every one daily, no dependence, no skin change. */
function publish(groups: [string, string, string, string, number][]): ReleaseCells {
  const rows: SourceRow[] = groups.flatMap(([clinicId, sex, ageBand, level, n]) => {
    const at = (period: string, measure: string) => ({
      clinicId,
      period,
      ageBand,
      sex,
      measure,
      n,
      // Any key sum: the group's assessments are one draw of keys.
      keySum: (n * 7_919 + clinicId.length * 104_729) % (1 << 20),
    });
    return [
      at("2026-02", "total"),
      at("2026-02", `level:${level}`),
      at("2026", "dependence:none"),
      at("2026", "skin:no"),
      at("2026", "rule:use.daily"),
      at("2026", "domain:use-pattern"),
    ];
  });
  const release = computeRelease({
    catalogue: cat,
    clinicIds: ["a", "b"],
    rows,
    fallbackYear: 2026,
    threshold: 11,
  });
  return {
    version: "1",
    publishedAt: "2026-03-01T00:00:00.000Z",
    threshold: 11,
    years: release.years,
    cells: release.cells,
    catalogue: cat,
    clinics: [
      { id: "a", name: "Alpha" },
      { id: "b", name: "=Beta" },
    ],
  };
}

const all: AggregateFilters = { clinic: ALL, period: ALL, ageBand: ALL, sex: ALL };
const get = (pub: ReleaseCells, f: Partial<AggregateFilters>) =>
  viewOf(pub, { ...all, ...f }) as AggregateView;
const high = (v: AggregateView) => v.levels.find((l) => l.key === "high")?.cell as Cell;

describe("dashboard views", () => {
  const pub = publish([
    ["a", "female", "25-34", "high", 30],
    ["a", "male", "25-34", "high", 2],
    ["a", "male", "35-44", "low", 25],
    ["b", "female", "35-44", "low", 40],
    ["b", "male", "25-34", "high", 14],
  ]);

  it("differencing: views need not add up exactly, and a combination not offered has no cells", () => {
    // "clinic a, men" would hold the 2 high-risk men of clinic a: clinic with sex is not offered
    // (filter-values.ts), so the release holds none of its cells and the route refuses it.
    const aMale = get(pub, { clinic: "a", sex: "male" });
    expect(high(aMale)).toEqual({ hidden: "withheld" });
    expect(aMale.total).toEqual({ hidden: "withheld" });
    // "all" minus "female" is the 16 high-risk men plus the difference of two perturbations.
    for (const [view, truth] of [
      [get(pub, { clinic: "a" }), 32],
      [get(pub, {}), 46],
      [get(pub, { sex: "female" }), 30],
      [get(pub, { sex: "male" }), 16],
      [get(pub, { clinic: "b", period: "2026" }), 14],
    ] as const) {
      const cell = high(view);
      expect(isHidden(cell)).toBe(false);
      if (!isHidden(cell)) expect(Math.abs(cell.n - truth)).toBeLessThanOrEqual(MAX_PERTURBATION);
    }
  });

  it("returns null for a clinic or year the figures do not have", () => {
    expect(viewOf(pub, { ...all, clinic: "zzz" })).toBeNull();
    expect(viewOf(pub, { ...all, period: "1999" })).toBeNull();
  });

  it("keeps the monthly trend for all ages and sexes only", () => {
    expect(get(pub, { clinic: "a" }).trend?.map((p) => p.month)).toContain("2026-02");
    expect(get(pub, { sex: "female" }).trend).toBeNull();
  });

  it("exports exactly the cells on screen, with formula-like text defused", () => {
    const v = get(pub, { clinic: "b" });
    const csv = viewToCsv(v);
    expect(csv).toContain("filter,Clinic,'=Beta");
    expect(csv).toContain(
      `assessments,Submitted assessments,${isHidden(v.total) ? "" : v.total.n}`,
    );
    for (const row of v.levels)
      expect(csv).toContain(
        `overall level,${row.label},${isHidden(row.cell) ? "<11" : row.cell.n}`,
      );
    // The release's time, to the minute (issue 17 §7), not its number.
    expect(csv).toContain("note,Figures as of,2026-03-01 00:00 UTC");
    expect(csv.split("\r\n")[0]).toBe("section,category,count");
  });
});
