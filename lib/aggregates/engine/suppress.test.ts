import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cellIndex } from "./cube";
import { PRIMARY, PUBLISHED, SECONDARY, suppressCube } from "./suppress";
import { auditSuppression, equations, tableCube } from "./testing";

const T = 11;

function run(rows: number[][]) {
  const cube = tableCube(rows);
  const result = suppressCube(cube, { threshold: T, recordWitnesses: true });
  const at = (r: number, c: number) => result.status[cellIndex(cube, 0, [r, c])];
  return {
    cube,
    result,
    at,
    problems: auditSuppression(cube, result.status, T, result.witnesses ?? []),
  };
}

describe("suppressCube on crafted tables", () => {
  it("publishes a table with no small cell untouched", () => {
    const { result } = run([
      [20, 30],
      [40, 50],
    ]);
    expect([...result.status].every((s) => s === PUBLISHED)).toBe(true);
  });

  it("hides a small cell and enough others that it cannot be derived from the totals", () => {
    const { at, result, problems } = run([
      [20, 30, 25],
      [15, 3, 40],
      [22, 18, 35],
    ]);
    expect(at(2, 2)).toBe(PRIMARY);
    // Row r1 and column c1 each lose at least one more cell, so neither total gives it away.
    expect([1, 3].some((c) => at(2, c) === SECONDARY)).toBe(true);
    expect([1, 3].some((r) => at(r, 2) === SECONDARY)).toBe(true);
    expect(result.unprotected).toBe(0);
    expect(problems).toEqual([]);
  });

  it("never leaves exactly one hidden cell in a row, column or total line", () => {
    const { cube, result } = run([
      [12, 4, 30, 16],
      [14, 25, 2, 33],
      [40, 13, 22, 9],
      [0, 18, 27, 50],
    ]);
    for (const line of equations(cube)) {
      const hidden = line.filter((i) => result.status[i] !== PUBLISHED).length;
      expect(hidden).not.toBe(1);
    }
  });

  it("protects a cell that the two-per-line rule alone would leave derivable (a bridge)", () => {
    // Two blocks of small cells joined by one small cell: with only "two per line", the sum of
    // the block's rows minus the sum of its columns would give the joining cell exactly.
    const { result, problems } = run([
      [3, 4, 5, 30, 40],
      [2, 6, 25, 35, 45],
      [30, 25, 7, 2, 50],
      [35, 45, 3, 8, 60],
    ]);
    expect(result.unprotected).toBe(0);
    expect(problems).toEqual([]);
  });

  it("suppresses the total of a small population together with its cells", () => {
    const { at, problems } = run([
      [5, 0, 0],
      [20, 30, 40],
      [25, 15, 35],
    ]);
    expect(at(1, 0)).toBe(PRIMARY); // row total 5
    expect(at(1, 1)).toBe(PRIMARY);
    expect(at(1, 2)).toBe(PUBLISHED); // zeros stay zeros
    expect(problems).toEqual([]);
  });

  it("counts the threshold itself as publishable and threshold−1 as small", () => {
    const { at } = run([
      [11, 40],
      [30, 50],
    ]);
    expect(at(1, 1)).toBe(PUBLISHED);
    const { at: at2 } = run([
      [10, 40],
      [30, 50],
    ]);
    expect(at2(1, 1)).toBe(PRIMARY);
  });

  it("honours a configured threshold", () => {
    const cube = tableCube([
      [4, 40],
      [30, 50],
    ]);
    const low = suppressCube(cube, { threshold: 3 });
    expect(low.status[cellIndex(cube, 0, [1, 1])]).toBe(PUBLISHED);
    const high = suppressCube(cube, { threshold: 5 });
    expect(high.status[cellIndex(cube, 0, [1, 1])]).toBe(PRIMARY);
  });
});

describe("suppressCube on random tables", () => {
  const cell = fc.oneof(
    { weight: 2, arbitrary: fc.integer({ min: 11, max: 80 }) },
    fc.integer({ min: 0, max: 10 }),
  );
  const table = fc
    .record({ rows: fc.integer({ min: 2, max: 5 }), cols: fc.integer({ min: 2, max: 5 }) })
    .chain(({ rows, cols }) =>
      fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), {
        minLength: rows,
        maxLength: rows,
      }),
    );

  it("gives every small cell a valid witness, widening protection where it must", () => {
    fc.assert(
      fc.property(table, (rows) => {
        const { result, problems } = run(rows);
        expect(result.unprotected).toBe(0);
        expect(problems).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
