/**
 * Filter values without the zod schema (the client bundle imports this file, not filters.ts).
 * Each filter is "all" or one value; at most three of the four are narrowed at once.
 */
export const ALL = "all";
export const MAX_NARROWED = 3;

export interface AggregateFilters {
  clinic: string;
  /** "all" or a calendar year, "2026". */
  period: string;
  ageBand: string;
  sex: string;
}

export const TOO_NARROW =
  "Choose “All” for at least one of clinic, year, age band and sex: narrower groups are too small to show.";

export const narrowedCount = (f: AggregateFilters) =>
  [f.clinic, f.period, f.ageBand, f.sex].filter((v) => v !== ALL).length;

/** Query string of a filter set, for the route handlers (stable key order). */
export function filtersToSearch(f: AggregateFilters): string {
  return new URLSearchParams({
    clinic: f.clinic,
    period: f.period,
    ageBand: f.ageBand,
    sex: f.sex,
  }).toString();
}
