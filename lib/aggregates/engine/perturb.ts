/**
 * The cell-key method (the perturbation the Australian Bureau of Statistics' TableBuilder and the
 * UK's 2021 Census outputs use; docs/aggregates.md): every stored assessment carries a random
 * record key; a cell's key is the sum of its records' keys (plus a salt: its clinic's key sum in
 * the cell's period, below),
 * modulo KEY_RANGE; the published value is the true count plus a perturbation read from one
 * fixed table by (count, cell key). The same records always give the same value, so asking
 * again or by another filter path shows the same number and nothing averages out within a
 * release; a zero stays zero; nothing is negative; a small count is never shown as itself.
 */

/** Record keys are integers in [0, KEY_RANGE); cell keys are key sums modulo KEY_RANGE. */
export const KEY_RANGE = 1 << 20;
/** The largest change the table makes to a count. */
export const MAX_PERTURBATION = 10;
/**
 * P(δ) ∝ DECAY^|δ| (a two-sided geometric, cut at ±MAX_PERTURBATION): P(0) ≈ 0.25, variance
 * ≈ 6.8 (standard deviation 2.6), mean absolute change ≈ 1.8; ±10 has probability ≈ 0.15% each
 * side. Chosen with the insider attack (insider-attack.test.ts, docs/aggregates.md).
 */
export const DECAY = 0.6;

/** Cumulative upper bounds (in key units) for δ = −MAX … +MAX: the whole perturbation table. */
const bounds: number[] = (() => {
  const weights = Array.from(
    { length: 2 * MAX_PERTURBATION + 1 },
    (_, i) => DECAY ** Math.abs(i - MAX_PERTURBATION),
  );
  const total = weights.reduce((a, b) => a + b, 0);
  let acc = 0;
  return weights.map((w, i) => {
    acc += w;
    return i === weights.length - 1 ? KEY_RANGE : Math.round((acc / total) * KEY_RANGE);
  });
})();

/** δ for a cell key (uniform in [0, KEY_RANGE) for a set the reader does not hold the keys of). */
export function perturbation(cellKey: number): number {
  let i = 0;
  while (cellKey >= bounds[i]) i++;
  return i - MAX_PERTURBATION;
}

/** P(δ = d), from the table itself (tests and the attack's likelihoods use it). */
export function perturbationProbability(d: number): number {
  if (Math.abs(d) > MAX_PERTURBATION) return 0;
  const i = d + MAX_PERTURBATION;
  return ((bounds[i] ?? 0) - (i > 0 ? bounds[i - 1] : 0)) / KEY_RANGE;
}

export const mod = (x: number) => ((x % KEY_RANGE) + KEY_RANGE) % KEY_RANGE;

/**
 * The published value of a cell: `n` true assessments whose record keys sum to `keySum`, in a
 * clinic (or network) whose released assessments of the cell's period have keys summing to
 * `salt`. The salt makes every cell of a period take a fresh perturbation when the clinic's
 * figures of that period move, so a cell that changed cannot be told from one that did not, and
 * leaves every other period as published (docs/aggregates.md, "Cell key").
 * Counts of 1 or 2 can show as 0 (the table is cut at zero), so a 0 never proves "none".
 */
export function publishedValue(n: number, keySum: number, salt: number): number {
  if (n <= 0) return 0;
  return Math.max(0, n + perturbation(mod(keySum + salt)));
}

/** Shown as a number (0 or at least the threshold) or as "<T" (1 to T−1 after perturbation). */
export const SHOWN = 0;
export const SMALL = 1;

/**
 * One count cell as published: for figures outside the cube (e.g. another dashboard counter),
 * pass the cell's key sum and its clinic's key sum in the cell's period; the value is 0 and the
 * status SMALL when shown as "<T".
 */
export function publishCount(
  n: number,
  keySum: number,
  salt: number,
  threshold: number,
): { value: number; status: typeof SHOWN | typeof SMALL } {
  const value = publishedValue(n, keySum, salt);
  return value > 0 && value < threshold ? { value: 0, status: SMALL } : { value, status: SHOWN };
}
