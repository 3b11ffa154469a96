/**
 * Small-cell suppression on the publication cube. Primary: every count from 1 to threshold−1
 * (shown as "<11"). Complementary: for each primary cell, a set of further cells is hidden so
 * that a ±1 perturbation of the hidden cells (a "hypercube") keeps every published number and
 * every total consistent. That witness proves the cell cannot be worked out from any
 * combination of views, totals, rows or columns — not just "two suppressed cells per line".
 */
import type { Cube } from "./cube";
import { plansFor } from "./plans";
import { EXPENSIVE, findWitness } from "./search";
import { type Ctx, PRIMARY, PUBLISHED, SECONDARY, SMALL_ZERO, type Witness } from "./witness";

export { PRIMARY, PUBLISHED, SECONDARY, SMALL_ZERO } from "./witness";

export interface SuppressionResult {
  /** Per cell: PUBLISHED, PRIMARY or SMALL_ZERO ("<threshold"), SECONDARY (protects another). */
  status: Uint8Array;
  /** The witnesses, when asked for (tests check each one against every equation). */
  witnesses?: Witness[];
  /** Primaries for which no witness was found; the cube is then withheld entirely. */
  unprotected: number;
}

export interface SuppressOptions {
  threshold: number;
  recordWitnesses?: boolean;
}

/** The suppression as steps: it yields between batches of cells so a server can stay responsive. */
function* suppressSteps(
  cube: Cube,
  threshold: number,
  recordWitnesses: boolean,
): Generator<void, SuppressionResult> {
  const { values } = cube;
  const status = new Uint8Array(values.length);
  const primaries: number[] = [];
  for (let i = 0; i < values.length; i++) {
    if (values[i] >= 1 && values[i] < threshold) {
      status[i] = PRIMARY;
      primaries.push(i);
    } else if (values[i] === 0 && cube.measures[Math.floor(i / cube.measureStride)].kind !== "no") {
      // Inside a population below the threshold a zero reads "<11" too ("none of these few").
      const total = values[i % cube.measureStride];
      if (total >= 1 && total < threshold) status[i] = SMALL_ZERO;
    }
  }
  const ctx: Ctx = { cube, status, threshold };
  const covered = new Uint8Array(values.length);
  const witnesses: Witness[] = [];
  let unprotected = 0;
  let searched = 0;
  // Totals first (lowest indices): a small population's witness usually covers its parts too.
  for (const target of primaries) {
    if (covered[target]) continue;
    if (++searched % 200 === 0) yield;
    const measure = Math.floor(target / cube.measureStride);
    let found: Witness | null = null;
    for (const plan of plansFor(cube, measure)) {
      const w = findWitness(ctx, target, plan);
      if (w && w.cost < (found?.cost ?? Number.POSITIVE_INFINITY)) found = w;
      // A cheap witness settles it; an expensive one (hiding a large figure) is worth the next plan.
      if (found && found.cost < EXPENSIVE) break;
    }
    if (!found) {
      unprotected++;
      continue;
    }
    for (const i of found.cells) {
      if (
        status[i] === PUBLISHED &&
        cube.measures[Math.floor(i / cube.measureStride)].kind !== "no"
      ) {
        status[i] = values[i] === 0 ? SMALL_ZERO : SECONDARY;
      }
      if (status[i] === PRIMARY) covered[i] = 1;
    }
    if (recordWitnesses) witnesses.push(found);
  }
  // Fail closed: a primary without a witness withholds every visible cell.
  if (unprotected > 0) {
    for (let i = 0; i < values.length; i++)
      if (values[i] >= 0 && status[i] === PUBLISHED) status[i] = SECONDARY;
  }
  return { status, witnesses: recordWitnesses ? witnesses : undefined, unprotected };
}

export function suppressCube(
  cube: Cube,
  { threshold, recordWitnesses = false }: SuppressOptions,
): SuppressionResult {
  const steps = suppressSteps(cube, threshold, recordWitnesses);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Same result, yielding to the event loop between batches (seconds of work at a million rows). */
export async function suppressCubeAsync(
  cube: Cube,
  { threshold }: SuppressOptions,
): Promise<SuppressionResult> {
  const steps = suppressSteps(cube, threshold, false);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
