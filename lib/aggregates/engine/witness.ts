/**
 * Evaluating one candidate perturbation: the product of one option per dimension and a set of
 * measures. It is a valid witness when every cell it touches can be hidden (no published zero)
 * and stays inside what the screen says about it after a ±1 step: "<11" cells stay 1..10,
 * cells hidden to protect others stay at or above the threshold, derived cells stay ≥ 0.
 */

import { type Corners, corners } from "./corners";
import { type Cube, nodeOf } from "./cube";
import type { DimOption } from "./hypercube";

export const PUBLISHED = 0;
/** 1..threshold−1, shown as "<threshold"; needs a witness. */
export const PRIMARY = 1;
/** Hidden to protect another cell, shown as "suppressed": known to be at least the threshold. */
export const SECONDARY = 2;
/**
 * A zero shown as "<threshold": inside a population below the threshold, or hidden to protect
 * another cell. Because zeros can read "<threshold", that sign only says 0..threshold−1.
 */
export const SMALL_ZERO = 3;

/**
 * Hidden with no range at all ("withheld"): the last resort when no witness keeps every range on
 * screen. It says nothing about the count, so a witness may move it anywhere at or above zero.
 */
export const WITHHELD = 4;

export interface Ctx {
  cube: Cube;
  status: Uint8Array;
  threshold: number;
  /**
   * Widened protection: a touched cell whose range on screen the step would break may become
   * WITHHELD instead of making the candidate impossible (see suppress.ts, second pass).
   */
  relaxed?: boolean;
  /** Published zeros that anchor narrower zeros (zeros.ts): no witness may move them. */
  frozen?: Uint8Array;
}

/**
 * Information loss of hiding one more cell: a fixed price plus its count, so large figures (the
 * clinic and network totals people come for) are hidden only when nothing smaller will do.
 */
const NEW_SUPPRESSION = 100;
/** Withholding a cell tells the admin less than "<11" or "suppressed": dearer than hiding one. */
const NEW_WITHHOLDING = 400;

/** Whether a ±1 step keeps a cell inside what its status says on screen. */
export function stepFits(status: number, v: number, next: number, threshold: number): boolean {
  if (status === PUBLISHED) return v === 0 ? next >= 0 : next >= threshold;
  if (status === SECONDARY) return next >= threshold;
  if (status === WITHHELD) return next >= 0;
  return next >= 0 && next < threshold;
}

/**
 * Hiding a wide figure costs more than hiding a narrow one: a network total (every dimension
 * "all") far more than a clinic's or a year's total, which cost more than a cross-tabulated cell.
 */
function marginWeight(cube: Cube, idx: number): number {
  let roots = 0;
  for (let d = 0; d < cube.dims.length; d++) if (nodeOf(cube, idx, d) === 0) roots++;
  const narrowed = cube.dims.length - roots;
  return narrowed === 0 ? 100_000 : narrowed === 1 ? 1000 : narrowed === 2 ? 3 : 1;
}

/**
 * Cost of moving every corner of measure `m` by dir × coef, or Infinity when impossible. With
 * `out`, also records the touched cells and their changes (for the chosen candidate only).
 * Infinity too as soon as `start` plus the cost so far reaches `bound`: every term is ≥ 0, so
 * the caller would discard the candidate anyway (the result never changes, only the work).
 */
export function measureCost(
  ctx: Ctx,
  m: number,
  cornerList: Corners,
  coef: number,
  dir: number,
  out?: Witness,
  start = 0,
  bound = Number.POSITIVE_INFINITY,
): number {
  const { cube, status, threshold, frozen, relaxed } = ctx;
  const values = cube.values;
  const hidden = cube.measures[m].kind === "no";
  const base = m * cube.measureStride;
  let cost = 0;
  const { offsets, coefs } = cornerList;
  for (let k = 0; k < offsets.length; k++) {
    const idx = base + offsets[k];
    const v = values[idx];
    // Not published anywhere (e.g. one age band's month): no equation mentions it.
    if (v < 0) continue;
    const delta = dir * coef * coefs[k];
    const next = v + delta;
    if (out) {
      out.cells.push(idx);
      out.deltas.push(delta);
    }
    // What the screen says about the cell after the step (this is the hot loop); ties go to
    // the roomier choice.
    if (hidden) {
      if (next < 0) return Number.POSITIVE_INFINITY;
      cost += 1 / (next + 1);
      continue;
    }
    const st = status[idx];
    if (frozen?.[idx]) return Number.POSITIVE_INFINITY;
    if (!stepFits(st, v, next, threshold)) {
      // Only the widened pass may withhold a cell; nothing ever goes below zero.
      if (!relaxed || next < 0) return Number.POSITIVE_INFINITY;
      cost += NEW_WITHHOLDING + v * marginWeight(cube, idx);
    } else if (st === PUBLISHED) {
      // Would become a protecting cell: a zero reads "<threshold" and may only go up; a count
      // of at least the threshold reads "suppressed" and must stay at or above it.
      cost +=
        NEW_SUPPRESSION +
        v * marginWeight(cube, idx) +
        (v === 0 ? 0.5 : 1 / (next - threshold + 1));
    } else if (st === SECONDARY) {
      cost += 1 / (next - threshold + 1);
    } else if (st === WITHHELD) {
      cost += 1 / (next + 1);
    } else {
      cost += 1 / (Math.min(next, threshold - 1 - next) + 1);
    }
    if (start + cost >= bound) return Number.POSITIVE_INFINITY;
  }
  return cost;
}

/** Fixed measures plus groups of which exactly one member is picked (the cheapest that fits). */
export interface MeasurePlan {
  fixed: { m: number; coef: number }[];
  choose: { candidates: number[]; coef: number }[];
}

export interface Witness {
  cells: number[];
  /** The ±1 change of each cell: applying it leaves everything published unchanged. */
  deltas: number[];
  cost: number;
}

/**
 * The cheapest valid way (over both directions and the choices) to apply this plan, if any,
 * and only if it costs less than `bound` (callers that keep the cheapest candidates pass what
 * they would reject anyway, so the scan of the corners stops early).
 */
export function evaluate(
  ctx: Ctx,
  options: DimOption[],
  plan: MeasurePlan,
  bound = Number.POSITIVE_INFINITY,
): Witness | null {
  const { measures } = ctx.cube;
  // Measures come in two depths (monthly, yearly): at most two corner lists per candidate.
  let deep: { limit: number; list: Corners } | undefined;
  let shallow: { limit: number; list: Corners } | undefined;
  const cornersFor = (m: number): Corners => {
    const limit = measures[m].depthLimit;
    if (deep?.limit === limit) return deep.list;
    if (shallow?.limit === limit) return shallow.list;
    const list = corners(ctx.cube, options, limit);
    if (!deep) deep = { limit, list };
    else shallow = { limit, list };
    return list;
  };
  let best: Witness | null = null;
  for (const dir of [1, -1]) {
    // Costs first, without recording; then record the cheapest choice of each group.
    const limit = best?.cost ?? bound;
    let cost = 0;
    for (const { m, coef } of plan.fixed) {
      cost += measureCost(ctx, m, cornersFor(m), coef, dir, undefined, cost, limit);
      if (cost >= limit) break;
    }
    const picks: number[] = [];
    for (const group of plan.choose) {
      if (cost >= limit) break;
      let pick = -1;
      let pickCost = Number.POSITIVE_INFINITY;
      for (const m of group.candidates) {
        // Bounded by the group's best so far: a dearer member is never picked. (Not by `limit`:
        // a member stopped there could hide a cheaper one after it that is never tried here.)
        const c = measureCost(ctx, m, cornersFor(m), group.coef, dir, undefined, 0, pickCost);
        if (c < pickCost) [pick, pickCost] = [m, c];
        if (c < 1) break; // nothing new to hide: good enough
      }
      cost += pickCost;
      picks.push(pick);
    }
    if (cost >= limit) continue;
    const w: Witness = { cells: [], deltas: [], cost };
    for (const { m, coef } of plan.fixed) measureCost(ctx, m, cornersFor(m), coef, dir, w);
    plan.choose.forEach((g, i) => {
      measureCost(ctx, picks[i], cornersFor(picks[i]), g.coef, dir, w);
    });
    best = w;
  }
  return best;
}
