import { describe, expect, it } from "vitest";
import { MAX_PERTURBATION } from "@/lib/aggregates/engine/perturb";
import { type FeedbackCounts, feedbackFigures, type KeyedCount } from "./feedback-figures";

const t = 11;
/** n cards with record keys start, start+1, … (deterministic, as SQL derives them from ids). */
const cards = (n: number, start: number): KeyedCount => ({
  n,
  keySum: n * start + (n * (n - 1)) / 2,
});
const counts = (over: Partial<FeedbackCounts> = {}): FeedbackCounts => ({
  shown: cards(60, 1000),
  accepted: cards(12, 5000),
  overridden: cards(45, 9000),
  reasons: {
    "already-managed": cards(22, 20000),
    "benefit-outweighs-risk": cards(20, 40000),
    other: cards(3, 70000),
  },
  ...over,
});
const reason = (f: ReturnType<typeof feedbackFigures>, key: string) =>
  f.reasons.find((r) => r.key === key)?.cell;

describe("card feedback figures (cell-key method)", () => {
  it("publish every count within the table's bound of the truth, zeros as zeros", () => {
    const f = feedbackFigures(counts(), t);
    for (const [cell, truth] of [
      [f.shown, 60],
      [f.overridden, 45],
      [reason(f, "already-managed"), 22],
    ] as const) {
      if (!cell || !("n" in cell)) throw new Error("a large count was hidden");
      expect(Math.abs(cell.n - truth)).toBeLessThanOrEqual(MAX_PERTURBATION);
      expect(cell.n).toBeGreaterThanOrEqual(0);
    }
    expect(reason(f, "not-applicable")).toEqual({ n: 0 });
  });

  it("never show a count from 1 to 10 as itself", () => {
    for (let start = 0; start < 2000; start += 37) {
      const f = feedbackFigures(counts({ accepted: cards(4, start) }), t);
      const a = f.accepted;
      if ("n" in a) expect(a.n === 0 || a.n >= t).toBe(true);
    }
  });

  it("give the same figures for the same cards, and new ones after one more card", () => {
    const a = feedbackFigures(counts(), t);
    expect(feedbackFigures(counts(), t)).toEqual(a);
    const moved = Array.from({ length: 50 }, (_, i) =>
      feedbackFigures(counts({ shown: cards(61, 1000 + i * 7919) }), t),
    );
    // One more card re-salts every cell: the unchanged reasons do not all stay as they were.
    expect(moved.some((f) => JSON.stringify(f.reasons) !== JSON.stringify(a.reasons))).toBe(true);
  });
});
