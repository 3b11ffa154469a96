import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";
import { CdsFeedbackFigure } from "@/components/admin/cds/cds-feedback-figure";
import { AggregatesDashboard } from "@/components/admin/dashboard";
import { type Release, releaseQuery, viewQuery } from "@/components/admin/queries";
import { AdminQueryProvider } from "@/components/admin/query-provider";
import { MAX_PERTURBATION } from "@/lib/aggregates/engine";
import { FILTER_RULE } from "@/lib/aggregates/filter-values";
import { type AggregateFilters, ALL, aggregateFiltersSchema } from "@/lib/aggregates/filters";
import { requirePageUser } from "@/lib/auth/session";
import { getAggregates, getReleaseInfo } from "@/lib/dal/aggregates";
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
  let filters = filtersFrom(await searchParams, user.clinicId);
  const queryClient = new QueryClient();
  const info = await getReleaseInfo(user);
  const release = info.ok ? info.release : null;
  const none: Release = {
    version: null,
    publishedAt: null,
    preparingBy: info.ok ? info.preparingBy : null,
  };
  queryClient.setQueryData(releaseQuery().queryKey, release ?? none);
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
        Counts of submitted assessments only, never individual patients or clinicians. Every figure
        is slightly perturbed (usually by 0–2, at most {MAX_PERTURBATION}), so no single assessment
        can be worked out and tables need not add up exactly; a figure from 1 to {t - 1} shows as
        “&lt;{t}”, and a small count can show as 0. A clinic’s figures move only in batches of at
        least {t} new assessments. {FILTER_RULE} The monthly trend shows totals only (risk levels
        are shown per year: choose a year).
      </p>
      {/* TanStack Query only here, where figures are fetched: the accounts and audit pages
          no longer ship it (docs/scaling.md, first-load JavaScript). */}
      <AdminQueryProvider>
        <HydrationBoundary state={dehydrate(queryClient)}>
          <AggregatesDashboard initialFilters={filters} threshold={t} />
        </HydrationBoundary>
      </AdminQueryProvider>
      <CdsFeedbackFigure figures={cds} threshold={cds.threshold} />
    </>
  );
}
