/**
 * The differencing oracle: what an attacker can pin down exactly by combining published figures,
 * within one release and across releases. It solves every equation that has one unknown left
 * (every margin is the sum of its parts, every category family sums to the total, and across two
 * releases every cell moved by the same change as its margins), repeatedly, until nothing more
 * follows: the subtraction attack of issue 10. It is a check, not the proof: the proof within a
 * release is the witness of every small cell (testing.ts); the oracle also covers pairs.
 */
import type { Cube } from "./cube";
import { nodeOf } from "./cube";
import type { PublishedCell } from "./release";
import { cellKey } from "./release";
import { equations } from "./testing";
import { PRIMARY, PUBLISHED } from "./witness";

/** A linear system over numbered unknowns: each equation is a list of variables (signs don't matter). */
class System {
  known: Uint8Array;
  private eqs: number[][] = [];
  constructor(size: number) {
    this.known = new Uint8Array(size);
  }
  add(vars: number[]) {
    this.eqs.push(vars);
  }
  /** Peels: an equation with one unknown left determines it; repeats to a fixpoint. */
  solve(): void {
    const byVar = new Map<number, number[]>();
    const unknown = this.eqs.map((eq, e) => {
      let u = 0;
      for (const v of eq) {
        if (!this.known[v]) u++;
        const list = byVar.get(v) ?? [];
        list.push(e);
        byVar.set(v, list);
      }
      return u;
    });
    const queue = unknown.flatMap((u, e) => (u === 1 ? [e] : []));
    while (queue.length > 0) {
      const e = queue.pop() as number;
      if (unknown[e] !== 1) continue;
      const v = this.eqs[e].find((x) => !this.known[x]);
      if (v === undefined) continue;
      this.known[v] = 1;
      for (const other of byVar.get(v) ?? []) if (--unknown[other] === 1) queue.push(other);
    }
  }
}

/** One release as the oracle sees it: the cube's structure, and which cells are on screen. */
export interface Screen {
  cube: Cube;
  status: Uint8Array;
}

const keyOf = (cube: Cube, i: number) => {
  const [clinic, ageBand, sex, period] = cube.dims.map((d, k) => d.keys[nodeOf(cube, i, k)]);
  const measure = cube.measures[Math.floor(i / cube.measureStride)].key;
  return cellKey({ clinic, ageBand, sex, period, measure });
};

const isNo = (s: Screen, i: number) =>
  s.cube.measures[Math.floor(i / s.cube.measureStride)].kind === "no";
const onScreen = (s: Screen, i: number) => s.status[i] === PUBLISHED && !isNo(s, i);
/**
 * A cell an attacker must not pin down: hidden on screen, except the never-shown "no" side of a
 * yes/no measure (total − yes by design), which is a secret only when it is a small count.
 */
const secret = (s: Screen, i: number) =>
  s.cube.values[i] >= 0 && (isNo(s, i) ? s.status[i] === PRIMARY : !onScreen(s, i));

/** Hidden cells of one release that its own published figures determine (should be none). */
export function disclosedWithin(screen: Screen): number[] {
  const { cube } = screen;
  const system = new System(cube.values.length);
  for (let i = 0; i < cube.values.length; i++) if (onScreen(screen, i)) system.known[i] = 1;
  for (const eq of equations(cube)) system.add(eq);
  system.solve();
  const out: number[] = [];
  for (let i = 0; i < cube.values.length; i++)
    if (system.known[i] && secret(screen, i)) out.push(i);
  return out;
}

/**
 * Cells hidden in either of two releases that both together determine, by key ("clinic|age|
 * sex|period|measure" of the earlier or later release), and the changes between them that they
 * determine with a value from 1 to threshold−1 (a small count of new assessments).
 */
export function disclosedAcross(
  a: Screen,
  b: Screen,
  threshold: number,
): { hidden: string[]; smallChanges: string[] } {
  const sizeA = a.cube.values.length;
  const sizeB = b.cube.values.length;
  const keysB = new Map<string, number>();
  for (let i = 0; i < sizeB; i++) if (b.cube.values[i] >= 0) keysB.set(keyOf(b.cube, i), i);
  // Variables: A's cells, B's cells, then one change per cell both releases hold.
  const pair = new Map<number, number>();
  for (let i = 0; i < sizeA; i++) {
    if (a.cube.values[i] < 0) continue;
    const j = keysB.get(keyOf(a.cube, i));
    if (j !== undefined) pair.set(i, j);
  }
  const changeOf = new Map<number, number>();
  let next = sizeA + sizeB;
  for (const i of pair.keys()) changeOf.set(i, next++);
  const system = new System(next);
  for (let i = 0; i < sizeA; i++) if (onScreen(a, i)) system.known[i] = 1;
  for (let j = 0; j < sizeB; j++) if (onScreen(b, j)) system.known[sizeA + j] = 1;
  for (const eq of equations(a.cube)) {
    system.add(eq);
    // The same equation holds for the changes when both releases hold all its cells.
    if (eq.every((i) => changeOf.has(i))) system.add(eq.map((i) => changeOf.get(i) as number));
  }
  for (const eq of equations(b.cube)) system.add(eq.map((j) => sizeA + j));
  for (const [i, j] of pair) system.add([i, sizeA + j, changeOf.get(i) as number]);
  system.solve();
  const hidden: string[] = [];
  for (let i = 0; i < sizeA; i++)
    if (system.known[i] && secret(a, i)) hidden.push(keyOf(a.cube, i));
  for (let j = 0; j < sizeB; j++)
    if (system.known[sizeA + j] && secret(b, j)) hidden.push(keyOf(b.cube, j));
  const smallChanges: string[] = [];
  for (const [i, j] of pair) {
    const d = b.cube.values[j] - a.cube.values[i];
    if (system.known[changeOf.get(i) as number] && d >= 1 && d < threshold)
      smallChanges.push(keyOf(a.cube, i));
  }
  return { hidden, smallChanges };
}

/** A stored release as a screen, over the cube rebuilt from the same counts. */
export function screenOf(cube: Cube, cells: Iterable<PublishedCell>, threshold: number): Screen {
  const status = new Uint8Array(cube.values.length);
  const byKey = new Map<string, number>();
  for (const c of cells) byKey.set(cellKey(c), c.status);
  for (let i = 0; i < cube.values.length; i++) {
    if (cube.values[i] < 0) continue;
    const s = byKey.get(keyOf(cube, i));
    if (s !== undefined) status[i] = s;
    else if (cube.values[i] >= 1 && cube.values[i] < threshold) status[i] = PRIMARY;
  }
  return { cube, status };
}
