/**
 * Zeros that say nothing new. A zero inside a group below the threshold ("none of these few
 * had…") normally reads "<11" and needs a witness. But when a wider group that contains it — the
 * same measure at the clinic's all-time figure, the network's year, … — has at least the
 * threshold assessments and is published as 0, the narrow zero follows from that published zero
 * (counts are never negative) and tells nothing about those few that the wide zero does not
 * already tell about everyone in it. Such a zero is published as 0, and its wide zero (the
 * "anchor") is frozen: no witness may move it, so it stays on screen and the statement stays true.
 */
import { type Cube, cellIndex, nodeOf } from "./cube";
import { PUBLISHED } from "./witness";

/** Each dimension's node and its ancestors, nearest first (the cell's own node included). */
function chains(cube: Cube, i: number): number[][] {
  return cube.dims.map((dim, d) => {
    const out: number[] = [];
    for (let n = nodeOf(cube, i, d); n >= 0; n = dim.parent[n]) out.push(n);
    return out;
  });
}

/**
 * A published zero of a group of at least the threshold that contains cell `i` (same measure,
 * each dimension the cell's node or an ancestor, not the cell itself), or -1 if there is none.
 */
export function zeroAnchor(cube: Cube, status: Uint8Array, i: number, threshold: number): number {
  const m = Math.floor(i / cube.measureStride);
  let points: number[][] = [[]];
  for (const chain of chains(cube, i)) points = points.flatMap((p) => chain.map((n) => [...p, n]));
  for (const p of points) {
    const idx = cellIndex(cube, m, p);
    if (idx === i || cube.values[idx] !== 0 || status[idx] !== PUBLISHED) continue;
    if (cube.values[idx % cube.measureStride] >= threshold) return idx;
  }
  return -1;
}
