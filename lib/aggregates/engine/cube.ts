import { KEY_RANGE, mod } from "./perturb";

/**
 * The publication cube: every number the admin dashboard can ever show is one cell of it, so a
 * figure has one perturbed value whatever filter path reaches it (no averaging of paths).
 *
 * A cell is (measure, one node per dimension). Each dimension is a tree whose root is "All"
 * (clinic, age band, sex are flat; the period is All → year → month). Margins are published,
 * as cells of their own (perturbed like any cell), so published tables need not add up.
 */

export interface Dim {
  name: string;
  /** Node keys; node 0 is the root ("all"). */
  keys: string[];
  parent: Int32Array;
  depth: Uint8Array;
  children: number[][];
}

/**
 * total: the population count at a point. part: one category of a partition of the total
 * (levels, dependence, skin). yes/no: a binary measure and its complement; "no" is never
 * shown but is derivable (total − yes), so it is protected like any other cell.
 */
export type MeasureKind = "total" | "part" | "yes" | "no";

export interface Measure {
  key: string;
  kind: MeasureKind;
  /** Partition family index for parts, binary index for yes/no, -1 for the total. */
  family: number;
  /**
   * Deepest node depth of the last dimension (the period) this measure is kept at: a hint for
   * how deep perturbations need to go. Which cells exist is decided by `restrictCube`.
   */
  depthLimit: number;
}

export interface Cube {
  dims: Dim[];
  measures: Measure[];
  /** Partition families: measure indices of their parts (the total is measure 0). */
  families: number[][];
  binaries: { yes: number; no: number }[];
  /** Counts; -1 where the cell does not exist (see `restrictCube`). */
  values: Int32Array;
  /** Each cell's record-key sum modulo KEY_RANGE (perturb.ts), summed like the counts. */
  keys: Int32Array;
  /** Index stride of each dimension; the measure stride is `measureStride`. */
  strides: number[];
  measureStride: number;
}

/** A tree from a list of child keys per parent key; the root key is "all". */
export function makeDim(name: string, childrenOf: Record<string, string[]>): Dim {
  const keys = ["all"];
  const parent = [-1];
  const depth = [0];
  for (let i = 0; i < keys.length; i++) {
    for (const child of childrenOf[keys[i]] ?? []) {
      keys.push(child);
      parent.push(i);
      depth.push(depth[i] + 1);
    }
  }
  const children: number[][] = keys.map(() => []);
  for (let i = 1; i < keys.length; i++) children[parent[i]].push(i);
  return { name, keys, parent: Int32Array.from(parent), depth: Uint8Array.from(depth), children };
}

export const flatDim = (name: string, values: readonly string[]) =>
  makeDim(name, { all: [...values] });

export function makeCube(dims: Dim[], measures: Measure[]): Cube {
  const strides = new Array<number>(dims.length);
  let size = 1;
  for (let d = dims.length - 1; d >= 0; d--) {
    strides[d] = size;
    size *= dims[d].keys.length;
  }
  const values = new Int32Array(size * measures.length);
  const families: number[][] = [];
  const binaries: { yes: number; no: number }[] = [];
  measures.forEach((m, mi) => {
    if (m.kind === "part") {
      families[m.family] ??= [];
      families[m.family].push(mi);
    }
    if (m.kind === "yes") binaries[m.family] = { ...(binaries[m.family] ?? { no: -1 }), yes: mi };
    if (m.kind === "no") binaries[m.family] = { ...(binaries[m.family] ?? { yes: -1 }), no: mi };
  });
  const keys = new Int32Array(values.length);
  return { dims, measures, families, binaries, values, keys, strides, measureStride: size };
}

export function cellIndex(cube: Cube, measure: number, nodes: readonly number[]): number {
  let idx = measure * cube.measureStride;
  for (let d = 0; d < nodes.length; d++) idx += nodes[d] * cube.strides[d];
  return idx;
}

/** Node of dimension d in a cell index. */
export function nodeOf(cube: Cube, index: number, d: number): number {
  return Math.floor((index % cube.measureStride) / cube.strides[d]) % cube.dims[d].keys.length;
}

/** Adds `count` (and its key sum) to a leaf; `fillMargins` later sums leaves up every dimension. */
export function addLeaf(
  cube: Cube,
  measure: number,
  nodes: readonly number[],
  count: number,
  keySum = 0,
): void {
  const idx = cellIndex(cube, measure, nodes);
  if (cube.values[idx] < 0)
    throw new Error(`cell ${cube.measures[measure].key} @ ${nodes} does not exist`);
  cube.values[idx] += count;
  cube.keys[idx] = mod(cube.keys[idx] + keySum);
}

/**
 * Sums children into parents, one dimension at a time (deepest nodes first), so every margin
 * equals the sum of its children in every dimension. Call once after all leaves are added.
 */
export function fillMargins(cube: Cube): void {
  const { dims, values, keys, strides } = cube;
  dims.forEach((dim, d) => {
    const order = dim.keys.map((_, i) => i).filter((i) => i > 0);
    order.sort((a, b) => dim.depth[b] - dim.depth[a]);
    const span = strides[d] * dim.keys.length;
    for (const node of order) {
      const delta = (dim.parent[node] - node) * strides[d];
      for (let base = 0; base < values.length; base += span) {
        for (let off = node * strides[d]; off < node * strides[d] + strides[d]; off++) {
          const i = base + off;
          if (values[i] >= 0 && values[i + delta] >= 0) {
            values[i + delta] += values[i];
            // Both below KEY_RANGE: one subtraction instead of a modulo.
            const k = keys[i + delta] + keys[i];
            keys[i + delta] = k >= KEY_RANGE ? k - KEY_RANGE : k;
          }
        }
      }
    }
  });
}

/**
 * Drops the cells that are not published at all (set to -1), after margins are filled. For the
 * equations to stay true, within every parent/children line either all cells exist or only the
 * parent does: e.g. months exist only for "all ages, all sexes", never for one band's month.
 */
export function restrictCube(
  cube: Cube,
  exists: (measure: number, nodes: number[]) => boolean,
): void {
  // Cells are laid out measure-major, then dimension by dimension (the last fastest): walk them
  // in that order with an odometer instead of dividing every index back into nodes.
  const nodes = cube.dims.map(() => 0);
  const sizes = cube.dims.map((d) => d.keys.length);
  let m = 0;
  for (let i = 0; i < cube.values.length; i++) {
    if (!exists(m, nodes)) cube.values[i] = -1;
    for (let d = nodes.length - 1; d >= 0; d--) {
      if (++nodes[d] < sizes[d]) break;
      nodes[d] = 0;
      if (d === 0) m++;
    }
  }
}
