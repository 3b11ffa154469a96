/**
 * What the aggregate route returns. A cell is a perturbed count (docs/aggregates.md: the
 * cell-key method), or a reason it is hidden: "small" (its perturbed value is from 1 to the
 * threshold − 1: shown "<11") or "withheld" (a cell the release does not hold, which the cube's
 * shape never asks for: nothing is said about it). Plain JSON: server and client.
 */
import type { AggregateFilters } from "./filter-values";

export type Hidden = "small" | "withheld";
export type Cell = { n: number } | { hidden: Hidden };

export interface Row {
  key: string;
  label: string;
  cell: Cell;
}

export interface ReleaseInfo {
  version: string;
  publishedAt: string;
}

export interface TrendPoint {
  month: string;
  /** Monthly totals only: levels are shown per year (the year filter), see docs/aggregates.md. */
  total: Cell;
}

export interface AggregateView {
  /** The release: the same version always gives the same numbers, on every instance. */
  version: string;
  /** When that release was computed (ISO time, UTC). */
  publishedAt: string;
  threshold: number;
  filters: AggregateFilters;
  total: Cell;
  levels: Row[];
  dependence: Row[];
  skin: Row[];
  domains: Row[];
  rules: (Row & { domain: string })[];
  classes: Row[];
  /** Null when age band or sex is narrowed: monthly figures are kept for all ages and sexes only. */
  trend: TrendPoint[] | null;
  options: {
    clinics: { id: string; name: string }[];
    years: string[];
    ageBands: { key: string; label: string }[];
    sexes: { key: string; label: string }[];
  };
}

export const isHidden = (c: Cell): c is { hidden: Hidden } => "hidden" in c;

/** The text shown for a cell on screen and in the CSV export. */
export function formatCell(c: Cell, threshold: number): string {
  if (!isHidden(c)) return String(c.n);
  return c.hidden === "small" ? `<${threshold}` : c.hidden;
}
