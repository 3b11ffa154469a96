/**
 * Test oracles for the suppression (imported by *.test.ts only): the full list of equations an
 * attacker holds, and a check that a witness really is a second table consistent with the screen.
 */
import { addLeaf, type Cube, cellIndex, fillMargins, flatDim, makeCube } from "./cube";
import { PRIMARY, PUBLISHED, SECONDARY, WITHHELD, type Witness } from "./witness";
import { zeroAnchor } from "./zeros";

/** Every "margin = sum of parts" equation of the cube, as [margin, ...parts] cell indices. */
export function equations(cube: Cube): number[][] {
  const out: number[][] = [];
  const sizes = cube.dims.map((d) => d.keys.length);
  const points: number[][] = [[]];
  for (const size of sizes) {
    const next: number[][] = [];
    for (const p of points) for (let n = 0; n < size; n++) next.push([...p, n]);
    points.splice(0, points.length, ...next);
  }
  const exists = (i: number) => cube.values[i] >= 0;
  for (const p of points) {
    cube.measures.forEach((_, m) => {
      const margin = cellIndex(cube, m, p);
      if (!exists(margin)) return;
      cube.dims.forEach((dim, d) => {
        const parts = dim.children[p[d]]
          .map((c) =>
            cellIndex(
              cube,
              m,
              p.map((n, k) => (k === d ? c : n)),
            ),
          )
          .filter(exists);
        if (parts.length > 0) out.push([margin, ...parts]);
      });
    });
    const total = cellIndex(cube, 0, p);
    if (!exists(total)) continue;
    for (const parts of cube.families) {
      const cells = parts.map((m) => cellIndex(cube, m, p));
      if (cells.every(exists)) out.push([total, ...cells]);
    }
    for (const b of cube.binaries) {
      const cells = [cellIndex(cube, b.yes, p), cellIndex(cube, b.no, p)];
      if (cells.every(exists)) out.push([total, ...cells]);
    }
  }
  return out;
}

/** For each cell, the equations it appears in (built once per cube, for sparse checks). */
export function equationsByCell(eqs: number[][]): Map<number, number[]> {
  const by = new Map<number, number[]>();
  eqs.forEach((eq, e) => {
    for (const c of eq) {
      const list = by.get(c);
      if (list) list.push(e);
      else by.set(c, [e]);
    }
  });
  return by;
}

/**
 * Null when the witness is valid: applied to the true counts it gives a table that satisfies
 * every equation, changes no published cell, and keeps "<threshold" cells in 0..threshold−1 and
 * "suppressed" cells at or above the threshold. Otherwise, what is wrong. Sparse: only the
 * equations that mention a moved cell can break.
 */
export function witnessProblem(
  cube: Cube,
  status: Uint8Array,
  threshold: number,
  w: Witness,
  eqs = equations(cube),
  byCell = equationsByCell(eqs),
): string | null {
  const delta = new Map<number, number>();
  w.cells.forEach((c, i) => {
    delta.set(c, (delta.get(c) ?? 0) + w.deltas[i]);
  });
  const touched = new Set<number>();
  for (const c of delta.keys()) for (const e of byCell.get(c) ?? []) touched.add(e);
  for (const e of touched) {
    const [margin, ...parts] = eqs[e];
    const sum = parts.reduce((s, c) => s + (delta.get(c) ?? 0), 0);
    if (sum !== (delta.get(margin) ?? 0)) return `equation broken at margin ${margin}`;
  }
  for (const [i, d] of delta) {
    if (d === 0) continue;
    const alt = cube.values[i] + d;
    const hidden = cube.measures[Math.floor(i / cube.measureStride)].kind === "no";
    if (hidden) {
      if (alt < 0) return `derived cell ${i} negative`;
      continue;
    }
    if (status[i] === PUBLISHED) return `published cell ${i} changed`;
    // "<threshold" (a small count, or a zero shown that way) only says 0..threshold−1.
    if (status[i] === WITHHELD) {
      if (alt < 0) return `withheld cell ${i} negative`;
    } else if (status[i] === SECONDARY) {
      if (alt < threshold) return `protecting cell ${i} fell below ${threshold}`;
    } else if (alt < 0 || alt >= threshold)
      return `"<${threshold}" cell ${i} left 0..${threshold - 1}`;
  }
  return null;
}

/** A plain two-way table (rows × columns) with its row, column and grand totals as a cube. */
export function tableCube(rows: number[][]): Cube {
  const r = flatDim(
    "row",
    rows.map((_, i) => `r${i}`),
  );
  const c = flatDim(
    "col",
    rows[0].map((_, j) => `c${j}`),
  );
  const cube = makeCube(
    [r, c],
    [{ key: "total", kind: "total", family: -1, depthLimit: Number.POSITIVE_INFINITY }],
  );
  rows.forEach((row, i) => {
    row.forEach((v, j) => {
      addLeaf(cube, 0, [i + 1, j + 1], v);
    });
  });
  fillMargins(cube);
  return cube;
}

/** Checks every primary is covered by a valid witness; returns the problems found. */
export function auditSuppression(
  cube: Cube,
  status: Uint8Array,
  threshold: number,
  witnesses: Witness[],
): string[] {
  const eqs = equations(cube);
  const byCell = equationsByCell(eqs);
  const problems = witnesses
    .map((w) => witnessProblem(cube, status, threshold, w, eqs, byCell))
    .filter((p) => p !== null);
  const covered = new Set(witnesses.flatMap((w) => w.cells));
  for (let i = 0; i < cube.values.length; i++) {
    if (status[i] === PRIMARY && !covered.has(i)) problems.push(`primary ${i} has no witness`);
    const small = cube.values[i % cube.measureStride];
    const zeroInSmall = cube.values[i] === 0 && small >= 1 && small < threshold;
    if (
      zeroInSmall &&
      cube.measures[Math.floor(i / cube.measureStride)].kind !== "no" &&
      !covered.has(i) &&
      // Or it follows from a published zero of a group of at least the threshold (zeros.ts).
      (status[i] !== PUBLISHED || zeroAnchor(cube, status, i, threshold) < 0)
    )
      problems.push(`zero ${i} in a small group has no witness`);
  }
  return problems;
}
