import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";
import { after } from "next/server";
import { CdsFeedbackFigure } from "@/components/admin/cds/cds-feedback-figure";
import { AggregatesDashboard } from "@/components/admin/dashboard";
import { releaseQuery, viewQuery } from "@/components/admin/queries";
import { MAX_NARROWED } from "@/lib/aggregates/filter-values";
import { type AggregateFilters, ALL, aggregateFiltersSchema } from "@/lib/aggregates/filters";
import { requirePageUser } from "@/lib/auth/session";
import { getAggregates, getReleaseInfo, publishIfDue } from "@/lib/dal/aggregates";
import { cdsFeedbackFigures } from "@/lib/dal/cds-feedback";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Clinic figures" };

type Search = Record<string, string | string[] | undefined>;

/** Filters from the address (a bookmarked view); the admin's own clinic when none is given. */
function filtersFrom(search: Search, clinicId: string): AggregateFilters {
  const one = (k: string) => (typeof search[k] === "string" ? search[k] : undefined);
  const parsed = aggregateFiltersSchema.safeParse({
    clinic: one("clinic") ?? clinicId,
    period: one("period"),
    ageBand: one("ageBand"),
    sex: one("sex"),
  });
  return parsed.success ? parsed.data : { clinic: clinicId, period: ALL, ageBand: ALL, sex: ALL };
}

/**
 * The admin's start page: anonymised aggregates only. The first figures are read on the server
 * (and audited as a view) into the same query cache the browser uses, so the page arrives with
 * its figures and charts in place.
 */
export default async function AdminPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePageUser("admin", "/admin");
  const t = env().SUPPRESSION_THRESHOLD;
  // Opening the page also looks for a due batch (at most every refresh interval per instance).
  after(publishIfDue);
  let filters = filtersFrom(await searchParams, user.clinicId);
  const queryClient = new QueryClient();
  const info = await getReleaseInfo(user);
  const release = info.ok ? info.release : null;
  queryClient.setQueryData(
    releaseQuery().queryKey,
    release ?? { version: null, publishedAt: null },
  );
  if (release) {
    let result = await getAggregates(user, filters, "view", release.version);
    // The admin's own clinic may have no released figures yet: open on all clinics instead.
    if (!result.ok && result.status === 404 && filters.clinic === user.clinicId) {
      filters = { ...filters, clinic: ALL };
      result = await getAggregates(user, filters, "view", release.version);
    }
    if (result.ok)
      queryClient.setQueryData(viewQuery(filters, release.version).queryKey, result.view);
  }
  const cds = await cdsFeedbackFigures(user);
  return (
    <>
      <h1 className="text-2xl font-bold">Clinic figures</h1>
      <p className="mt-2 max-w-3xl text-slate-700">
        Counts of submitted assessments only, never individual patients or clinicians. Any count
        from 1 to {t - 1} shows as “&lt;{t}”; “suppressed” hides a figure that would let a small
        count be worked out. A clinic’s figures move only in batches of at least {t} new
        assessments, so no single submission shows. At most{" "}
        {MAX_NARROWED === 2 ? "two" : MAX_NARROWED} filters can be narrowed at once: narrower groups
        are mostly too small to show. The monthly trend shows totals only (risk levels are shown per
        year: choose a year). A 0 in a small group is shown only when a larger group holding it, of
        at least {t}, is 0 too.
      </p>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <AggregatesDashboard initialFilters={filters} threshold={t} />
      </HydrationBoundary>
      <CdsFeedbackFigure figures={cds} threshold={cds.threshold} />
    </>
  );
}
