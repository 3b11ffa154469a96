/**
 * Finding a witness for one small cell: a product of one option per dimension and a measure plan
 * that is valid (see witness.ts) and hides as few published cells as possible. Heuristic and
 * bounded; when it finds nothing, the caller fails closed.
 */
import { Cheapest } from "./cheapest";
import { nodeOf } from "./cube";
import { type DimOption, dimOptions } from "./hypercube";
import { planDepth } from "./plans";
import { type Ctx, evaluate, type MeasurePlan, type Witness } from "./witness";

type Beam = { options: DimOption[]; cost: number };

const extend = (beam: DimOption[], d: number, o: DimOption) =>
  beam.map((x, k) => (k === d ? o : x));

/** What both beam widths share for one cell and plan (computed once: it does not depend on width). */
interface Setup {
  start: DimOption[];
  partial: MeasurePlan;
  /** Valid options per dimension on their own. */
  valid: DimOption[][];
  /** Dimensions, fewest valid options first. */
  order: number[];
}

function setup(ctx: Ctx, target: number, plan: MeasurePlan): Setup | null {
  const { cube } = ctx;
  const leafDepth = planDepth(cube, plan);
  const nodes = cube.dims.map((_, d) => nodeOf(cube, target, d));
  // Partial products are checked against the plan without the binary measures (many, and their
  // hidden side almost always fits); partitions are few and often decide feasibility.
  const partial: MeasurePlan = {
    fixed: plan.fixed,
    choose: plan.choose.filter((g) => cube.measures[g.candidates[0]].kind === "part"),
  };
  const start: DimOption[] = nodes.map((n) => ({ nodes: [n], coefs: [1] }));
  // Valid options per dimension on their own, to order the dimensions.
  const valid = cube.dims.map((dim, d) =>
    dimOptions(dim, nodes[d], leafDepth).filter((o) => evaluate(ctx, extend(start, d, o), partial)),
  );
  if (valid.some((v) => v.length === 0)) return null;
  const order = cube.dims.map((_, d) => d).sort((a, b) => valid[a].length - valid[b].length);
  return { start, partial, valid, order };
}

/**
 * Builds the perturbation one dimension at a time, keeping the `width` cheapest partial products
 * that are still valid for the measures the plan always moves and its partitions, then completes
 * the cheapest full products with the binary measures. The most constrained dimension goes
 * first (e.g. "all clinics" when one clinic holds the cell's assessments), so the beam is not
 * filled with dead ends. Bounded work per cell.
 */
function beamSearch(
  ctx: Ctx,
  { start, partial, valid, order }: Setup,
  plan: MeasurePlan,
  width: number,
  tries: number,
): Witness | null {
  let beams: Beam[] = [{ options: start, cost: 0 }];
  for (const d of order) {
    const last = d === order[order.length - 1];
    // Only the `width` best options (one product each), or the `tries` cheapest products of the
    // last dimension, are kept: a candidate that cannot be among them is not costed in full.
    const kept = new Cheapest(last ? tries : width);
    const bestOf = new Map<DimOption, number>();
    const next: Beam[] = [];
    for (const beam of beams) {
      for (const o of valid[d]) {
        const options = extend(beam.options, d, o);
        const before = bestOf.get(o);
        const bound = last
          ? kept.bound()
          : Math.min(before ?? Number.POSITIVE_INFINITY, kept.bound());
        const w = evaluate(ctx, options, partial, bound);
        if (!w) continue;
        next.push({ options, cost: w.cost });
        if (last) kept.add(w.cost);
        else {
          kept.improve(before, w.cost);
          bestOf.set(o, w.cost);
        }
      }
    }
    next.sort((a, b) => a.cost - b.cost);
    // Keep the best product per option of this dimension: equally cheap partial products that
    // differ only in earlier choices must not crowd out this dimension's alternatives.
    const seen = new Set<DimOption>();
    const distinct = next.filter((b) => !seen.has(b.options[d]) && seen.add(b.options[d]));
    beams = last ? next : distinct.slice(0, width);
  }
  // Complete the cheapest full products with the binary measures; stop at the first that fits.
  for (const beam of beams.slice(0, tries)) {
    const w = evaluate(ctx, beam.options, plan);
    if (w) return w;
  }
  return null;
}

/**
 * Last resort, small and exhaustive: per dimension the ancestor paths (one per top-level branch,
 * fullest first) and the three cheapest pairs that are valid on their own; every combination
 * is evaluated in full and the cheapest valid one kept. The ancestor-only combination always
 * exists and fails only on exact-threshold values, so this rarely comes back empty.
 */
function smallExhaustive(ctx: Ctx, target: number, plan: MeasurePlan): Witness | null {
  const { cube } = ctx;
  const leafDepth = planDepth(cube, plan);
  const start = cube.dims.map((_, d) => ({ nodes: [nodeOf(cube, target, d)], coefs: [1] }));
  const lists = cube.dims.map((dim, d) => {
    const node = nodeOf(cube, target, d);
    const top = (o: DimOption) => o.nodes.find((n) => dim.depth[n] === 1) ?? node;
    // Fullest branch first: the population of that clinic, band, sex or year (most room).
    const at = (o: DimOption) => cube.values[top(o) * cube.strides[d]];
    const seen = new Set<number>();
    const all = dimOptions(dim, node, leafDepth);
    const singles = all
      .filter((o) => o.coefs.every((c) => c === 1))
      .sort((a, b) => at(b) - at(a))
      .filter((o) => !seen.has(top(o)) && seen.add(top(o)))
      .slice(0, 3);
    const three = new Cheapest(3);
    const pairs = all
      .filter((o) => o.coefs.some((c) => c < 0))
      .map((o) => {
        const options = start.map((x, k) => (k === d ? o : x));
        const w = evaluate(ctx, options, { fixed: plan.fixed, choose: [] }, three.bound());
        if (w) three.add(w.cost);
        return { o, w };
      })
      .filter((x) => x.w)
      .sort((a, b) => (a.w?.cost ?? 0) - (b.w?.cost ?? 0))
      .slice(0, 3)
      .map((x) => x.o);
    return [...pairs, ...singles];
  });
  let combos: DimOption[][] = [[]];
  for (const list of lists) combos = combos.flatMap((prefix) => list.map((o) => [...prefix, o]));
  let best: Witness | null = null;
  for (const options of combos) {
    const w = evaluate(ctx, options, plan, best?.cost);
    if (w && w.cost < (best?.cost ?? Number.POSITIVE_INFINITY)) best = w;
  }
  return best;
}

/** A witness hiding more than this (a large or network-wide figure) is worth a wider search. */
export const EXPENSIVE = 5_000;

export function findWitness(ctx: Ctx, target: number, plan: MeasurePlan): Witness | null {
  const shared = setup(ctx, target, plan);
  const quick = shared && beamSearch(ctx, shared, plan, 2, 32);
  if (quick && quick.cost < EXPENSIVE) return quick;
  const wide = shared && beamSearch(ctx, shared, plan, 24, 1000);
  if (wide && wide.cost < EXPENSIVE) return wide;
  const candidates = [quick, wide, smallExhaustive(ctx, target, plan)].filter((w) => w !== null);
  return candidates.sort((a, b) => a.cost - b.cost)[0] ?? null;
}
