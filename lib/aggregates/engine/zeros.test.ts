// A zero in a small group is shown only when a wider group that holds it has at least the
// threshold and shows 0 itself (zeros.ts); any other zero in a small group reads "<11".
import { describe, expect, it } from "vitest";
import { buildCatalogue } from "../catalogue";
import { buildCube, type SourceRow } from "./build";
import { cellIndex } from "./cube";
import { disclosedWithin } from "./oracle";
import { PUBLISHED, suppressCube } from "./suppress";
import { auditSuppression } from "./testing";

const T = 11;

/** `n` assessments of one clinic, age band and sex in March 2026, all high, with these rules. */
function group(clinicId: string, ageBand: string, n: number, rules: string[]): SourceRow[] {
  const at = (period: string, measure: string) => ({
    clinicId,
    period,
    ageBand,
    sex: "female",
    measure,
    n,
  });
  return [
    at("2026-03", "total"),
    at("2026-03", "level:high"),
    at("2026", "dependence:none"),
    at("2026", "skin:no"),
    ...rules.map((r) => at("2026", `rule:${r}`)),
  ];
}

describe("zeros in small groups", () => {
  const rows = [
    ...group("c1", "25-34", 30, ["use.daily"]),
    ...group("c1", "85-89", 3, []),
    ...group("c2", "25-34", 30, ["use.daily"]),
  ];
  const built = buildCube(buildCatalogue(), ["c1", "c2"], rows, 2026);
  const { cube, measureIndex } = built;
  const result = suppressCube(cube, { threshold: T, recordWitnesses: true });
  const node = (d: number, key: string) => cube.dims[d].keys.indexOf(key);
  const status = (measure: string, clinic: string, band: string) =>
    result.status[
      cellIndex(cube, measureIndex.get(measure) as number, [node(0, clinic), node(1, band), 0, 0])
    ];

  it("shows a zero that a published zero of a group of at least the threshold implies", () => {
    // Nobody at c1 (33 assessments) had this finding: the 3 aged 85–89 did not either.
    expect(
      cube.values[
        cellIndex(cube, measureIndex.get("rule:use.multiple-doses") as number, [
          node(0, "c1"),
          0,
          0,
          0,
        ])
      ],
    ).toBe(0);
    expect(status("rule:use.multiple-doses", "c1", "all")).toBe(PUBLISHED);
    expect(status("rule:use.multiple-doses", "c1", "85-89")).toBe(PUBLISHED);
  });

  it("hides a zero that no such published zero implies", () => {
    // 30 of c1's 33 had it: "none of the 3 aged 85–89" would be news about those three.
    expect(status("rule:use.daily", "c1", "85-89")).not.toBe(PUBLISHED);
    expect(status("rule:use.daily", "all", "85-89")).not.toBe(PUBLISHED);
  });

  it("keeps every other guarantee: witnesses valid, nothing derivable", () => {
    expect(result.unprotected).toBe(0);
    expect(auditSuppression(cube, result.status, T, result.witnesses ?? [])).toEqual([]);
    expect(disclosedWithin({ cube, status: result.status })).toEqual([]);
  });
});
