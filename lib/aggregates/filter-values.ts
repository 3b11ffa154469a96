/**
 * Filter values without the zod schema (the client bundle imports this file, not filters.ts).
 * Each filter is "all" or one value; one filter at a time, or a clinic with a year.
 */
export const ALL = "all";

export interface AggregateFilters {
  clinic: string;
  /** "all" or a calendar year, "2026". */
  period: string;
  ageBand: string;
  sex: string;
}

export const narrowedCount = (f: AggregateFilters) =>
  [f.clinic, f.period, f.ageBand, f.sex].filter((v) => v !== ALL).length;

/**
 * The filter combinations the figures offer (a product decision, docs/aggregates.md): any one
 * filter alone, and a clinic with a year (an admin needs a clinic's current year). Every other
 * pair is not offered: each offered combination is one more published count holding the same
 * assessments, so one more reading of an assessment for an insider who averages the counts that
 * moved after a batch (insider-attack.test.ts measured 11 readings against 6).
 */
export function offered(f: AggregateFilters): boolean {
  const n = narrowedCount(f);
  return n <= 1 || (n === 2 && f.clinic !== ALL && f.period !== ALL);
}

/** The rule in one line, shown above the filters and in the page's introduction. */
export const FILTER_RULE = "Choose one filter at a time, or a clinic together with a year.";

const names: [keyof AggregateFilters, string][] = [
  ["clinic", "clinic"],
  ["period", "year"],
  ["ageBand", "age band"],
  ["sex", "sex"],
];

/** Why a filter set is not offered, naming the filters chosen (null when it is offered). */
export function notOfferedReason(f: AggregateFilters): string | null {
  if (offered(f)) return null;
  const chosen = names.filter(([k]) => f[k] !== ALL).map(([, name]) => name);
  const list = `${chosen.slice(0, -1).join(", ")} and ${chosen[chosen.length - 1]}`;
  return `The figures are not offered for ${list} together. ${FILTER_RULE} Set the others back to “All”: every extra combination would be one more count of the same assessments, and enough of them together could give away one patient’s answers.`;
}

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
