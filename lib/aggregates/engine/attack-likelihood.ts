/**
 * The attacker's likelihoods (insider-attack.ts): how probable two readings of one cell, before
 * and after a batch, are when the victim adds 0 or 1 to it, from the perturbation table itself.
 * Test support: not imported by the app.
 */
import { MAX_PERTURBATION as D, perturbationProbability } from "./perturb";

/** A published cell as the attacker reads it: a number (0 or at least T) or "<T". */
export type Obs = number | "small";

const memo = new Map<number, number>();
let memoThreshold = 0;
/** Readings as numbers for the memo's keys; one threshold at a time. */
const code = (o: Obs) => (o === "small" ? 1 : o + 2);
const memoised = (k: number, threshold: number, f: () => number) => {
  if (threshold !== memoThreshold) {
    memo.clear();
    memoThreshold = threshold;
  }
  let v = memo.get(k);
  if (v === undefined) {
    v = f();
    memo.set(k, v);
  }
  return v;
};

/** P(a cell of true count n is published as `o`). */
const pObs = (o: Obs, n: number, threshold: number): number =>
  memoised(-(code(o) * 100_000 + n), threshold, () => pObsOf(o, n, threshold));

function pObsOf(o: Obs, n: number, threshold: number): number {
  if (n <= 0) return o === 0 ? 1 : 0;
  let p = 0;
  for (let d = -D; d <= D; d++) {
    const v = Math.max(0, n + d);
    if (o === "small" ? v > 0 && v < threshold : v === o) p += perturbationProbability(d);
  }
  return p;
}

/**
 * Likelihood of the two readings when the victim adds `c` (0 or 1) and the attacker's own
 * assessments add `known`, with a flat prior over the cell's count before the batch.
 */
export const cellLikelihood = (o1: Obs, o2: Obs, known: number, c: number, threshold: number) =>
  memoised(((code(o1) * 100_000 + code(o2)) * 1_000 + known) * 2 + c, threshold, () =>
    cellLikelihoodOf(o1, o2, known, c, threshold),
  );

function cellLikelihoodOf(o1: Obs, o2: Obs, known: number, c: number, threshold: number): number {
  // Only counts within the table's reach of the first reading can have given it.
  const lo = o1 === "small" || o1 === 0 ? 0 : o1 - D;
  const hi = (o1 === "small" ? threshold : o1) + D;
  let sum = 0;
  for (let n1 = lo; n1 <= hi; n1++) {
    const p1 = pObs(o1, n1, threshold);
    if (p1 > 0) sum += p1 * pObs(o2, n1 + known + c, threshold);
  }
  return sum;
}
