/**
 * Small-cell suppression on the publication cube. Primary: every count from 1 to threshold−1
 * (shown as "<11"). Complementary: for each primary cell, a set of further cells is hidden so
 * that a ±1 perturbation of the hidden cells (a "hypercube") keeps every published number and
 * every total consistent. That witness proves the cell cannot be worked out from any
 * combination of views, totals, rows or columns — not just "two suppressed cells per line".
 *
 * When no witness keeps every range on screen, protection is widened locally: the search runs
 * again allowing the cells it touches to be withheld (hidden with no range), so only the
 * figures around that one small cell are lost, never the whole cube.
 */
import type { Cube } from "./cube";
import { plansFor } from "./plans";
import { EXPENSIVE, findWitness } from "./search";
import {
  type Ctx,
  PRIMARY,
  PUBLISHED,
  SECONDARY,
  SMALL_ZERO,
  stepFits,
  WITHHELD,
  type Witness,
} from "./witness";
import { zeroAnchor } from "./zeros";

export { PRIMARY, PUBLISHED, SECONDARY, SMALL_ZERO, WITHHELD } from "./witness";

export interface SuppressionResult {
  /** Per cell: PUBLISHED, PRIMARY or SMALL_ZERO ("<threshold"), SECONDARY, WITHHELD. */
  status: Uint8Array;
  /** The witnesses, when asked for (tests check each one against every equation). */
  witnesses?: Witness[];
  /** Small cells that needed the widened search (their neighbours may be withheld). */
  widened: number;
  /** Small cells (or zeros in small groups) with no witness at all: never published. */
  unprotected: number;
}

export interface SuppressOptions {
  threshold: number;
  recordWitnesses?: boolean;
  /**
   * Statuses carried forward from the previous release (cells whose count did not change keep
   * the status they were published with), so two releases hide the same unchanged cells.
   */
  carried?: Uint8Array;
}

const kindOf = (cube: Cube, i: number) => cube.measures[Math.floor(i / cube.measureStride)].kind;

function initialStatus(cube: Cube, threshold: number, carried?: Uint8Array) {
  const { values } = cube;
  const status = new Uint8Array(values.length);
  const primaries: number[] = [];
  for (let i = 0; i < values.length; i++) {
    if (values[i] >= 1 && values[i] < threshold) {
      status[i] = PRIMARY;
      primaries.push(i);
    } else if (values[i] === 0 && kindOf(cube, i) !== "no") {
      // Inside a population below the threshold a zero reads "<11" too ("none of these few"),
      // and needs a witness like a small count: else a published zero margin gives it away.
      const total = values[i % cube.measureStride];
      if (total >= 1 && total < threshold) {
        status[i] = SMALL_ZERO;
        primaries.push(i);
      }
    }
    const before = carried?.[i] ?? PUBLISHED;
    if (before !== PUBLISHED && before !== PRIMARY && values[i] >= 0 && kindOf(cube, i) !== "no")
      status[i] = before === SMALL_ZERO && values[i] >= threshold ? SECONDARY : before;
  }
  // A small-group zero under a published zero of a wide group says nothing new (zeros.ts): it
  // stays on screen, and its anchor is frozen so that no witness hides it later. Not when the
  // previous release hid it: an unchanged hidden cell never turns into a number.
  const frozen = new Uint8Array(values.length);
  const anchored = new Map<number, number[]>();
  const kept = primaries.filter((i) => {
    if (values[i] !== 0 || status[i] !== SMALL_ZERO || (carried?.[i] ?? PUBLISHED) !== PUBLISHED)
      return true;
    const anchor = zeroAnchor(cube, status, i, threshold);
    if (anchor < 0) return true;
    status[i] = PUBLISHED;
    frozen[anchor] = 1;
    anchored.set(anchor, [...(anchored.get(anchor) ?? []), i]);
    return false;
  });
  // Cells kept hidden from the previous release (unchanged counts) need a witness in this one
  // too: their neighbours may have changed and been shown, leaving one alone in an equation.
  const carriedHidden: number[] = [];
  if (carried) {
    const isTarget = new Uint8Array(values.length);
    for (const i of kept) isTarget[i] = 1;
    for (let i = 0; i < values.length; i++)
      if (status[i] !== PUBLISHED && values[i] >= 0 && !isTarget[i]) carriedHidden.push(i);
  }
  return { status, primaries: [...kept, ...carriedHidden], frozen, anchored };
}

/** Marks the cells a witness moves as hidden, each with the status its new range allows. */
function apply(ctx: Ctx, w: Witness, covered: Uint8Array): void {
  const { cube, status, threshold } = ctx;
  w.cells.forEach((i, k) => {
    if (kindOf(cube, i) === "no") return;
    const v = cube.values[i];
    if (!stepFits(status[i], v, v + w.deltas[k], threshold)) status[i] = WITHHELD;
    else if (status[i] === PUBLISHED) status[i] = v === 0 ? SMALL_ZERO : SECONDARY;
    // A cell a witness moves cannot be worked out: it needs no witness of its own.
    covered[i] = 1;
  });
}

function search(ctx: Ctx, target: number): Witness | null {
  const measure = Math.floor(target / ctx.cube.measureStride);
  let found: Witness | null = null;
  for (const plan of plansFor(ctx.cube, measure)) {
    const w = findWitness(ctx, target, plan);
    if (w && w.cost < (found?.cost ?? Number.POSITIVE_INFINITY)) found = w;
    // A cheap witness settles it; an expensive one (hiding a large figure) is worth the next plan.
    if (found && found.cost < EXPENSIVE) break;
  }
  return found;
}

/** The suppression as steps: it yields between batches of cells so a server can stay responsive. */
function* suppressSteps(
  cube: Cube,
  { threshold, recordWitnesses = false, carried }: SuppressOptions,
): Generator<void, SuppressionResult> {
  const { status, primaries, frozen, anchored } = initialStatus(cube, threshold, carried);
  const ctx: Ctx = { cube, status, threshold, frozen };
  const covered = new Uint8Array(cube.values.length);
  const witnesses: Witness[] = [];
  const pending: number[] = [];
  let searched = 0;
  // Totals first (lowest indices): a small population's witness usually covers its parts too.
  for (const target of primaries) {
    if (covered[target]) continue;
    if (++searched % 200 === 0) yield;
    const found = search(ctx, target);
    if (!found) {
      pending.push(target);
      continue;
    }
    apply(ctx, found, covered);
    if (recordWitnesses) witnesses.push(found);
  }
  // Second pass, widened: only for the few cells the first pass could not protect. Last of all
  // an anchor (zeros.ts) may move too: the zeros it vouched for then need protection again.
  let unprotected = 0;
  const relaxed: Ctx = { ...ctx, relaxed: true };
  const queue = [...pending];
  while (queue.length > 0) {
    const target = queue.shift() as number;
    if (covered[target]) continue;
    yield;
    const found = search(relaxed, target) ?? search({ ...relaxed, frozen: undefined }, target);
    if (!found) {
      unprotected++;
      continue;
    }
    apply(ctx, found, covered);
    if (recordWitnesses) witnesses.push(found);
    for (const anchor of found.cells) {
      if (!frozen[anchor]) continue;
      frozen[anchor] = 0;
      for (const zero of anchored.get(anchor) ?? []) {
        if (covered[zero] || status[zero] !== PUBLISHED) continue;
        const other = zeroAnchor(cube, status, zero, threshold);
        if (other >= 0) {
          frozen[other] = 1;
          anchored.set(other, [...(anchored.get(other) ?? []), zero]);
        } else {
          status[zero] = SMALL_ZERO;
          queue.push(zero);
        }
      }
    }
  }
  return {
    status,
    witnesses: recordWitnesses ? witnesses : undefined,
    widened: pending.length,
    unprotected,
  };
}

export function suppressCube(cube: Cube, options: SuppressOptions): SuppressionResult {
  const steps = suppressSteps(cube, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Same result, yielding to the event loop between batches (seconds of work at a million rows). */
export async function suppressCubeAsync(
  cube: Cube,
  options: SuppressOptions,
): Promise<SuppressionResult> {
  const steps = suppressSteps(cube, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
