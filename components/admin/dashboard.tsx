"use client";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import {
  type AggregateFilters,
  filtersToSearch,
  notOfferedReason,
  sameFilters,
} from "@/lib/aggregates/filter-values";
import type { AggregateView } from "@/lib/aggregates/types";
import { CellText } from "./cell-text";
import { DatasetSection } from "./dataset-section";
import { ExportButton } from "./export-button";
import { FiltersForm } from "./filters-form";
import { AggregatesError, releaseQuery, viewQuery } from "./queries";
import { TrendSection } from "./trend-section";

const FIRST_BATCH = (threshold: number) =>
  `They appear once a clinic has at least ${threshold} submitted assessments.`;

/** "by about 09:42 UTC": when a first release being prepared will be up (issue 17 §7). */
const byAbout = (iso: string) =>
  `${new Date(iso).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "UTC" })} UTC`;

function asOf(iso: string): string {
  const when = new Date(iso).toLocaleString("en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
  });
  return `${when} UTC`;
}

/**
 * The admin dashboard: filters (kept in the address), the total, one section per dataset, the
 * monthly trend, CSV. The first figures come from the server in the same query cache the
 * browser then uses; afterwards only the release version is polled, and the figures are fetched
 * again when it changes.
 */
export function AggregatesDashboard({
  initialFilters,
  threshold,
}: {
  initialFilters: AggregateFilters;
  /** The suppression threshold, for the words shown before any figure is released. */
  threshold: number;
}) {
  const [filters, setFilters] = useState(initialFilters);
  const queryClient = useQueryClient();
  const release = useQuery(releaseQuery());
  const version = release.data?.version ?? null;
  const preparingBy =
    release.data && release.data.version === null ? release.data.preparingBy : null;
  const refused = notOfferedReason(filters);
  const view = useQuery({
    ...viewQuery(filters, version),
    enabled: refused === null && version !== null,
    // A new release of the same view keeps the old figures until the new ones arrive; other
    // filters never show the previous filters' figures.
    placeholderData: (previous) =>
      previous && sameFilters(previous.filters, filters) ? previous : undefined,
  });
  const gone = view.error instanceof AggregatesError && view.error.status === 409;
  useEffect(() => {
    if (gone) void queryClient.invalidateQueries({ queryKey: releaseQuery().queryKey });
  }, [gone, queryClient]);
  // The filter options of the last figures shown, so a refused combination keeps its choices.
  const options = useRef<AggregateView["options"] | undefined>(undefined);
  if (view.data) options.current = view.data.options;

  function change(next: AggregateFilters) {
    setFilters(next);
    // The address follows the filters (bookmarkable) without a server round trip.
    window.history.replaceState(null, "", `?${filtersToSearch(next)}`);
  }

  const error = refused ?? (view.error && !gone ? view.error.message : null);
  const data = error ? undefined : view.data;
  // A release in which no clinic has reached its first batch holds only zeros: a "0" would
  // read as "nothing submitted", which is not what it means.
  const nothingReleased = data !== undefined && data.options.clinics.length === 0;
  return (
    <>
      <FiltersForm filters={filters} options={options.current} onChange={change} error={error} />
      <p role="status" className="mt-3 min-h-6 text-sm text-slate-700">
        {version === null && !release.isPending
          ? preparingBy
            ? `The first release of the figures is being prepared: they appear by about ${byAbout(preparingBy)}.`
            : `No figures have been published yet. ${FIRST_BATCH(threshold)}`
          : nothingReleased
            ? `No clinic's figures have been released yet. ${FIRST_BATCH(threshold)}`
            : data
              ? `Figures as of ${asOf(data.publishedAt)} (release ${data.version}).`
              : view.isFetching
                ? "Loading figures…"
                : ""}
      </p>
      {data && !nothingReleased && <Figures data={data} />}
    </>
  );
}

function Figures({ data }: { data: AggregateView }) {
  const t = data.threshold;
  return (
    <>
      <section
        aria-labelledby="total-title"
        className="mt-6 flex flex-wrap items-start justify-between gap-4"
      >
        <div>
          <h2 id="total-title" className="text-xl font-semibold">
            Submitted assessments
          </h2>
          <p className="text-4xl font-bold tabular-nums">
            <CellText cell={data.total} threshold={t} />
          </p>
        </div>
        <ExportButton filters={data.filters} version={data.version} />
      </section>
      <DatasetSection
        id="levels-title"
        title="Overall risk level"
        caption="Assessments by overall risk level"
        rows={data.levels}
        threshold={t}
        categoryHeader="Level"
      />
      <TrendSection trend={data.trend} threshold={t} />
      <DatasetSection
        id="domains-title"
        title="Findings by domain"
        caption="Assessments with at least one finding in each domain"
        rows={data.domains}
        threshold={t}
        categoryHeader="Domain"
      />
      <DatasetSection
        id="findings-title"
        title="How often each finding fires"
        caption="Assessments in which each finding fired"
        rows={data.rules}
        threshold={t}
        categoryHeader="Finding"
      />
      <DatasetSection
        id="classes-title"
        title="Co-medication classes"
        caption="Assessments listing a medicine in each interaction class"
        rows={data.classes}
        threshold={t}
        categoryHeader="Interaction class"
      />
      <DatasetSection
        id="dependence-title"
        title="Dependence severity"
        caption="Assessments by DSM-5 criteria count"
        rows={data.dependence}
        threshold={t}
        categoryHeader="Severity"
      />
      <DatasetSection
        id="skin-title"
        title="Skin changes"
        caption="Assessments by reported new skin darkening"
        rows={data.skin}
        threshold={t}
        categoryHeader="Answer"
      />
    </>
  );
}
