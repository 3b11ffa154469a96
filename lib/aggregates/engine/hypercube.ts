/**
 * The per-dimension building blocks of a protecting perturbation ("hypercube method"). A
 * suppressed cell is safe when some ±1 change of suppressed cells only keeps every published
 * number and every parent = sum-of-children equation true: then two different tables explain
 * everything on screen, so no combination of views can pin the cell down.
 *
 * In one dimension such a change is a signed set of leaves, lifted to every ancestor whose
 * leaves' coefficients do not cancel. Two shapes are enough: a single leaf (+1 up to the root)
 * or a pair of leaves (+1/−1) whose common ancestor stays unchanged.
 */
import type { Dim } from "./cube";

export interface DimOption {
  nodes: number[];
  coefs: number[];
}

function leavesUnder(dim: Dim, node: number, leafDepth: number): number[] {
  if (dim.depth[node] >= leafDepth || dim.children[node].length === 0) return [node];
  return dim.children[node].flatMap((c) => leavesUnder(dim, c, leafDepth));
}

function ancestors(dim: Dim, node: number): number[] {
  const out = [];
  for (let n = node; n >= 0; n = dim.parent[n]) out.push(n);
  return out;
}

/** The leaf and its ancestors up to (excluding) `stop`; -1 includes the root. */
function pathUp(dim: Dim, leaf: number, stop: number): number[] {
  const out = [];
  for (let n = leaf; n >= 0 && n !== stop; n = dim.parent[n]) out.push(n);
  return out;
}

const cache = new WeakMap<Dim, Map<string, DimOption[]>>();

/** Position of a node among its siblings: pairs across parents match months to months. */
const rank = (dim: Dim, n: number) => (n === 0 ? 0 : dim.children[dim.parent[n]].indexOf(n));

/**
 * Ways to move `node` by +1 in this dimension while keeping the dimension's equations, using
 * leaves at `leafDepth` (the deepest level any measure in the perturbation is kept at). Pairs
 * take a sibling leaf, or the same-position leaf under another parent (March with March): the
 * other cross pairs add cost, not coverage. Memoised: options depend only on the tree.
 */
export function dimOptions(dim: Dim, node: number, leafDepth: number): DimOption[] {
  let byKey = cache.get(dim);
  if (!byKey) {
    byKey = new Map();
    cache.set(dim, byKey);
  }
  const key = `${node}:${leafDepth}`;
  let options = byKey.get(key);
  if (!options) {
    options = computeOptions(dim, node, leafDepth);
    byKey.set(key, options);
  }
  return options;
}

function computeOptions(dim: Dim, node: number, leafDepth: number): DimOption[] {
  const mine = leavesUnder(dim, node, leafDepth);
  const mineSet = new Set(mine);
  const others = leavesUnder(dim, 0, leafDepth).filter((l) => !mineSet.has(l));
  const options: DimOption[] = [];
  for (const leaf of mine) {
    const up = pathUp(dim, leaf, -1);
    options.push({ nodes: up, coefs: up.map(() => 1) });
  }
  for (const leaf of mine) {
    const chain = new Set(ancestors(dim, leaf));
    for (const other of others) {
      if (dim.parent[other] !== dim.parent[leaf] && rank(dim, other) !== rank(dim, leaf)) continue;
      let lca = other;
      while (!chain.has(lca)) lca = dim.parent[lca];
      const plus = pathUp(dim, leaf, lca);
      const minus = pathUp(dim, other, lca);
      options.push({
        nodes: [...plus, ...minus],
        coefs: [...plus.map(() => 1), ...minus.map(() => -1)],
      });
    }
  }
  return options;
}

const projected = new WeakMap<DimOption, Map<number, DimOption>>();

/** The option restricted to nodes a measure exists at (shallower than its depth limit). */
export function project(option: DimOption, dim: Dim, depthLimit: number): DimOption {
  if (option.nodes.every((n) => dim.depth[n] <= depthLimit)) return option;
  let byDepth = projected.get(option);
  if (!byDepth) {
    byDepth = new Map();
    projected.set(option, byDepth);
  }
  let out = byDepth.get(depthLimit);
  if (!out) {
    out = computeProjection(option, dim, depthLimit);
    byDepth.set(depthLimit, out);
  }
  return out;
}

function computeProjection(option: DimOption, dim: Dim, depthLimit: number): DimOption {
  const nodes: number[] = [];
  const coefs: number[] = [];
  option.nodes.forEach((n, i) => {
    if (dim.depth[n] <= depthLimit) {
      nodes.push(n);
      coefs.push(option.coefs[i]);
    }
  });
  return { nodes, coefs };
}
