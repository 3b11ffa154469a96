import { describe, expect, it } from "vitest";
import { feedbackFigures } from "./feedback-figures";

const t = 11;
const cell = (f: ReturnType<typeof feedbackFigures>, key: string) =>
  f.reasons.find((r) => r.key === key)?.cell;

describe("card feedback figures", () => {
  it("show counts from 1 to 10 as small, larger ones as they are", () => {
    const f = feedbackFigures(
      { shown: 40, accepted: 5, overridden: 30, reasons: { "already-managed": 30 } },
      t,
    );
    expect(f.shown).toEqual({ n: 40 });
    expect(f.accepted).toEqual({ hidden: "small" });
    expect(f.overridden).toEqual({ n: 30 });
    expect(cell(f, "already-managed")).toEqual({ n: 30 });
    expect(cell(f, "not-applicable")).toEqual({ n: 0 });
  });

  it("hide a second reason when one alone would be hidden (they add up to the overridden count)", () => {
    const f = feedbackFigures(
      {
        shown: 60,
        accepted: 12,
        overridden: 45,
        reasons: { "benefit-outweighs-risk": 20, "already-managed": 22, other: 3 },
      },
      t,
    );
    expect(cell(f, "other")).toEqual({ hidden: "small" });
    expect(cell(f, "benefit-outweighs-risk")).toEqual({ hidden: "suppressed" });
    expect(cell(f, "already-managed")).toEqual({ n: 22 });
  });

  it("show no zero inside a small group", () => {
    const f = feedbackFigures({ shown: 3, accepted: 0, overridden: 3, reasons: { other: 3 } }, t);
    expect(f.shown).toEqual({ hidden: "small" });
    expect(f.accepted).toEqual({ hidden: "small" });
    expect(f.reasons.every((r) => "hidden" in r.cell)).toBe(true);
  });
});
