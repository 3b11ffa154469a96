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
  const coefs = new Int8Array(size);
  coefs[0] = 1;
  // Expanded in place one dimension at a time, from the back so nothing is overwritten before it
  // is read: dimension 0 changes slowest, the last one fastest (corner i of n becomes i·len + k).
  let n = 1;
  for (let d = 0; d < picked.length; d++) {
    const { nodes, coefs: signs } = picked[d];
    const stride = strides[d];
    const len = nodes.length;
    for (let i = n - 1; i >= 0; i--) {
      const offset = offsets[i];
      const sign = coefs[i];
      for (let k = len - 1; k >= 0; k--) {
        offsets[i * len + k] = offset + nodes[k] * stride;
        coefs[i * len + k] = sign * signs[k];
      }
    }
    n *= len;
  }
  return { offsets, coefs };
}
