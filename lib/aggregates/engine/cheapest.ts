/**
 * The k smallest costs seen so far, to bound a search that keeps only its k cheapest candidates:
 * a candidate found later that costs at least the k-th smallest lands behind k others in a
 * stable sort, so it can be dropped before it is fully costed (search.ts). Small k, sorted array.
 */
export class Cheapest {
  private readonly costs: number[] = [];

  constructor(private readonly k: number) {}

  /** Costs at or above this can be discarded; Infinity until k costs are known. */
  bound(): number {
    return this.costs.length < this.k ? Number.POSITIVE_INFINITY : this.costs[this.k - 1];
  }

  add(cost: number): void {
    const { costs } = this;
    if (costs.length === this.k && cost >= costs[this.k - 1]) return;
    let lo = 0;
    let hi = costs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (costs[mid] <= cost) lo = mid + 1;
      else hi = mid;
    }
    costs.splice(lo, 0, cost);
    if (costs.length > this.k) costs.pop();
  }

  /** One key's best cost fell from `before` (if it had one) to `cost`: keeps one value per key. */
  improve(before: number | undefined, cost: number): void {
    if (before !== undefined) {
      const at = this.costs.indexOf(before);
      if (at >= 0) this.costs.splice(at, 1);
    }
    this.add(cost);
  }
}
