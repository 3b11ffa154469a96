import { describe, expect, it } from "vitest";
import { Cheapest } from "./cheapest";

describe("Cheapest (the bound of a search that keeps its k cheapest candidates)", () => {
  it("bounds nothing until k costs are known, then bounds at the k-th smallest", () => {
    const kept = new Cheapest(3);
    for (const c of [5, 1]) kept.add(c);
    expect(kept.bound()).toBe(Number.POSITIVE_INFINITY);
    kept.add(9);
    expect(kept.bound()).toBe(9);
    kept.add(3);
    expect(kept.bound()).toBe(5);
    // A cost at the bound is dropped: a stable sort would put it behind the k kept ones.
    kept.add(5);
    expect(kept.bound()).toBe(5);
  });

  it("counts one cost per key when a key's best improves", () => {
    const kept = new Cheapest(2);
    kept.improve(undefined, 8); // key a
    kept.improve(undefined, 6); // key b
    expect(kept.bound()).toBe(8);
    kept.improve(8, 2); // key a improves: 2 and 6, not 2, 6 and a stale 8
    expect(kept.bound()).toBe(6);
    kept.improve(undefined, 7); // key c, behind both
    expect(kept.bound()).toBe(6);
  });

  it("never bounds below the true k-th smallest of many random costs", () => {
    let x = 7;
    const next = () => {
      x = (x * 48271) % 2147483647;
      return (x % 1000) / 10;
    };
    const kept = new Cheapest(5);
    const all: number[] = [];
    for (let i = 0; i < 500; i++) {
      const c = next();
      all.push(c);
      kept.add(c);
      const sorted = [...all].sort((a, b) => a - b);
      expect(kept.bound()).toBe(sorted.length < 5 ? Number.POSITIVE_INFINITY : sorted[4]);
    }
  });
});
