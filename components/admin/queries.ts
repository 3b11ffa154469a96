import { queryOptions } from "@tanstack/react-query";
import { type AggregateFilters, filtersToSearch } from "@/lib/aggregates/filter-values";
import type { AggregateView, ReleaseInfo } from "@/lib/aggregates/types";

/**
 * The dashboard's two queries, defined once: the server page fills the cache with the same keys
 * (then hydrates), the browser fetches with the same functions. Only the small version is
 * polled; the figures of a (filters, version) pair never change, so they are fetched (and
 * audited) once.
 */
export const POLL_MS = 15_000;

/** A failed request, with the route's own message (never a stack trace). */
export class AggregatesError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

async function getJson<T>(url: string, signal: AbortSignal): Promise<T> {
  const response = await fetch(url, { signal, headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => null);
  if (!response.ok)
    throw new AggregatesError(body?.error ?? "The figures could not be loaded.", response.status);
  return body as T;
}

/** Before the first release, `preparingBy` is when figures will appear if a batch is due. */
export type Release =
  | ReleaseInfo
  | { version: null; publishedAt: null; preparingBy: string | null };

export const releaseQuery = () =>
  queryOptions({
    queryKey: ["admin-aggregates", "release"] as const,
    queryFn: ({ signal }) => getJson<Release>("/api/admin/aggregates/version", signal),
    refetchInterval: POLL_MS,
    staleTime: POLL_MS,
  });

export const viewQuery = (filters: AggregateFilters, version: string | null) =>
  queryOptions({
    queryKey: ["admin-aggregates", "view", filters, version] as const,
    queryFn: ({ signal }) =>
      getJson<AggregateView>(
        `/api/admin/aggregates?${filtersToSearch(filters)}${version ? `&version=${version}` : ""}`,
        signal,
      ),
    staleTime: Number.POSITIVE_INFINITY,
    // A refused filter set or a release that is gone will not succeed on a second try.
    retry: (count, error) => !(error instanceof AggregatesError && error.status < 500) && count < 1,
  });
