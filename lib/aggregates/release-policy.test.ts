import { describe, expect, it } from "vitest";
import { advanceCuts, type ClinicCut, countPlan } from "./release-policy";

const T = 11;
const was: ClinicCut[] = [
  { clinicId: "a", cutoff: "2026-12-01 10:00:00.000", released: 40, keySum: 1000 },
  { clinicId: "b", cutoff: "2026-12-01 10:00:00.000", released: 20, keySum: 2000 },
];
const now = "2026-12-07 10:00:00.000";
const still = (clinicId: string, count: number, keySum: number, s = count, sk = keySum) => ({
  clinicId,
  count,
  keySum,
  stillReleased: s,
  stillKeySum: sk,
});

describe("the release policy with erasures (issue 18 §5) and incremental counts", () => {
  it("adds only a batch's new assessments when the released set is untouched", () => {
    const next = advanceCuts(was, [still("a", 51, 7, 40, 1000), still("b", 20, 2000)], now, T);
    expect(next).toMatchObject({ advanced: ["a"], erased: [], recount: [] });
    expect(countPlan(was, next)).toEqual([
      { clinicId: "a", cutoff: now, from: "2026-12-01 10:00:00.000" },
    ]);
  });

  it("changes nothing for one to ten new assessments", () => {
    const next = advanceCuts(was, [still("a", 50, 7, 40, 1000), still("b", 20, 2000)], now, T);
    expect(next).toMatchObject({ cuts: was, advanced: [], erased: [], recount: [] });
  });

  it("recounts a clinic that lost an assessment at its old cut-off, without a batch", () => {
    const next = advanceCuts(was, [still("a", 42, 9, 39, 900), still("b", 20, 2000)], now, T);
    expect(next).toMatchObject({ advanced: [], erased: ["a"], recount: ["a"] });
    expect(next.cuts[0]).toEqual({ ...was[0], released: 39, keySum: 900 });
    expect(countPlan(was, next)).toEqual([{ clinicId: "a", cutoff: was[0].cutoff, from: "" }]);
  });

  it("recounts a clinic whose assessments were all erased, and one replaced at equal count", () => {
    const next = advanceCuts(was, [still("b", 20, 2000, 20, 1999)], now, T);
    expect(next.erased).toEqual(["a", "b"]);
    expect(next.cuts.map((c) => c.released)).toEqual([0, 20]);
  });

  it("leaves a late arrival behind the cut-off for the next batch, then counts the clinic whole", () => {
    const late = advanceCuts(was, [still("a", 41, 5, 41, 1500), still("b", 20, 2000)], now, T);
    expect(late).toMatchObject({ advanced: [], erased: [], recount: [] });
    const batch = advanceCuts(was, [still("a", 52, 5, 41, 1500), still("b", 20, 2000)], now, T);
    expect(batch).toMatchObject({ advanced: ["a"], erased: [], recount: ["a"] });
    expect(countPlan(was, batch)[0].from).toBe("");
  });
});
