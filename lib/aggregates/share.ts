import { type AggregateView, isHidden } from "./types";

/** Share of a view's figures shown as numbers (the bench's "figures shown per view"). */
export function shownShare(v: AggregateView): { shown: number; all: number } {
  const cells = [
    v.total,
    ...[v.levels, v.domains, v.rules, v.classes, v.dependence, v.skin].flat().map((r) => r.cell),
    ...(v.trend ?? []).map((p) => p.total),
  ];
  return { shown: cells.filter((c) => !isHidden(c)).length, all: cells.length };
}
