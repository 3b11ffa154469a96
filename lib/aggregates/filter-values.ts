/**
 * Filter values without the zod schema (the client bundle imports this file, not filters.ts).
 * Each filter is "all" or one value; at most two of the four are narrowed at once.
 */
export const ALL = "all";
export const MAX_NARROWED = 2;

export interface AggregateFilters {
  clinic: string;
  /** "all" or a calendar year, "2026". */
  period: string;
  ageBand: string;
  sex: string;
}

/** Said at the filters, on the page and by the route: the product decision in one place. */
export const TOO_NARROW =
  "At most two of clinic, year, age band and sex can be narrowed at once: set one of them back to “All”. Narrower groups are mostly too small to show, and hiding their small counts would hide most other figures too.";

export const narrowedCount = (f: AggregateFilters) =>
  [f.clinic, f.period, f.ageBand, f.sex].filter((v) => v !== ALL).length;

export const sameFilters = (a: AggregateFilters, b: AggregateFilters) =>
  a.clinic === b.clinic && a.period === b.period && a.ageBand === b.ageBand && a.sex === b.sex;

/** Query string of a filter set, for the route handlers (stable key order). */
export function filtersToSearch(f: AggregateFilters): string {
  return new URLSearchParams({
    clinic: f.clinic,
    period: f.period,
    ageBand: f.ageBand,
    sex: f.sex,
  }).toString();
}
