/**
 * The cells a candidate perturbation touches: the product of one option per dimension (a signed
 * set of nodes each), restricted to the period depth a measure is kept at.
 */
import type { Cube } from "./cube";
import { type DimOption, project } from "./hypercube";

/** Corner cells (offsets without the measure) and their signs; typed arrays: a hot path. */
export interface Corners {
  offsets: Int32Array;
  coefs: Int8Array;
}

/** Corners of a product of options, for measures kept down to `depthLimit` in the period. */
export function corners(cube: Cube, options: DimOption[], depthLimit: number): Corners {
  const { dims, strides } = cube;
  const last = dims.length - 1;
  const picked = options.map((o, d) => (d === last ? project(o, dims[d], depthLimit) : o));
  const size = picked.reduce((n, o) => n * o.nodes.length, 1);
  const offsets = new Int32Array(size);
  const coefs = new Int8Array(size).fill(1);
  let span = size;
  picked.forEach((o, d) => {
    // Mixed-radix fill: dimension d changes every `span / o.nodes.length` corners.
    const step = span / o.nodes.length;
    for (let i = 0; i < size; i++) {
      const k = Math.floor(i / step) % o.nodes.length;
      offsets[i] += o.nodes[k] * strides[d];
      coefs[i] *= o.coefs[k];
    }
    span = step;
  });
  return { offsets, coefs };
}
