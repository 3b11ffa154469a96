import { queryOptions } from "@tanstack/react-query";
import { type AggregateFilters, filtersToSearch } from "@/lib/aggregates/filter-values";
import type { AggregateView, Row } from "@/lib/aggregates/types";

/** New submissions show up without a reload; the server refreshes the figures behind this. */
export const POLL_MS = 15_000;

/** A failed request, with the route's own message (never a stack trace). */
export class AggregatesError extends Error {}

async function fetchAggregates(
  filters: AggregateFilters,
  signal: AbortSignal,
): Promise<AggregateView> {
  const response = await fetch(`/api/admin/aggregates?${filtersToSearch(filters)}`, {
    signal,
    headers: { Accept: "application/json" },
  });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new AggregatesError(body?.error ?? "The figures could not be loaded.");
  return body as AggregateView;
}

/**
 * All datasets of a filter set come in one response (one request and one audit entry per poll);
 * each dataset has its own factory that selects its part, with the filters in the shared key.
 */
const base = (filters: AggregateFilters) => ({
  queryKey: ["admin-aggregates", filters] as const,
  queryFn: ({ signal }: { signal: AbortSignal }) => fetchAggregates(filters, signal),
  refetchInterval: POLL_MS,
  staleTime: 5_000,
});

const meta = (v: AggregateView) => ({ threshold: v.threshold, version: v.version });

export const overviewQuery = (f: AggregateFilters) =>
  queryOptions({
    ...base(f),
    select: (v) => ({ ...meta(v), total: v.total, options: v.options, filters: v.filters }),
  });
/** Every row dataset has the same shape, so one section component renders any of them. */
const rowsQuery = (f: AggregateFilters, pick: (v: AggregateView) => Row[]) =>
  queryOptions({ ...base(f), select: (v) => ({ ...meta(v), rows: pick(v) }) });
export type RowsQueryOptions = ReturnType<typeof rowsQuery>;

export const levelsQuery = (f: AggregateFilters) => rowsQuery(f, (v) => v.levels);
export const domainsQuery = (f: AggregateFilters) => rowsQuery(f, (v) => v.domains);
export const findingsQuery = (f: AggregateFilters) => rowsQuery(f, (v) => v.rules);
export const classesQuery = (f: AggregateFilters) => rowsQuery(f, (v) => v.classes);
export const dependenceQuery = (f: AggregateFilters) => rowsQuery(f, (v) => v.dependence);
export const skinQuery = (f: AggregateFilters) => rowsQuery(f, (v) => v.skin);
export const trendQuery = (f: AggregateFilters) =>
  queryOptions({ ...base(f), select: (v) => ({ ...meta(v), trend: v.trend }) });
