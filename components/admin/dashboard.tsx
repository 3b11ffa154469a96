"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { secondaryLinkClass } from "@/components/ui/button";
import {
  type AggregateFilters,
  ALL,
  filtersToSearch,
  MAX_NARROWED,
  narrowedCount,
  TOO_NARROW,
} from "@/lib/aggregates/filter-values";
import { CellText } from "./cell-text";
import { DatasetSection } from "./dataset-section";
import { FiltersForm } from "./filters-form";
import {
  classesQuery,
  dependenceQuery,
  domainsQuery,
  findingsQuery,
  levelsQuery,
  overviewQuery,
  skinQuery,
} from "./queries";
import { TrendSection } from "./trend-section";

function asOf(version: string): string {
  if (Number.isNaN(Date.parse(version))) return "not yet computed";
  const when = new Date(version).toLocaleString("en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
  });
  return `${when} UTC`;
}

/** The admin dashboard: filters, the total, one section per dataset, the monthly trend, CSV. */
export function AggregatesDashboard({ initialClinic }: { initialClinic: string }) {
  const [filters, setFilters] = useState<AggregateFilters>({
    clinic: initialClinic,
    period: ALL,
    ageBand: ALL,
    sex: ALL,
  });
  const tooNarrow = narrowedCount(filters) > MAX_NARROWED;
  const overview = useQuery({
    ...overviewQuery(filters),
    enabled: !tooNarrow,
    placeholderData: keepPreviousData,
  });
  const data = overview.data;
  const exportHref = data
    ? `/api/admin/aggregates/export?${filtersToSearch(filters)}&version=${encodeURIComponent(data.version)}`
    : undefined;
  const q = (factory: typeof levelsQuery) => ({ ...factory(filters), enabled: !tooNarrow });
  return (
    <>
      <FiltersForm filters={filters} options={data?.options} onChange={setFilters} />
      {tooNarrow && (
        <p
          role="alert"
          className="mt-3 rounded-md border border-red-700 bg-red-50 p-3 text-red-900"
        >
          {TOO_NARROW}
        </p>
      )}
      {overview.error && !tooNarrow && (
        <p
          role="alert"
          className="mt-3 rounded-md border border-red-700 bg-red-50 p-3 text-red-900"
        >
          {overview.error.message}
        </p>
      )}
      <p role="status" className="mt-3 text-sm text-slate-700">
        {overview.isFetching && !data
          ? "Loading figures…"
          : data
            ? `Figures as of ${asOf(data.version)}.`
            : ""}
      </p>
      {data && (
        <section
          aria-labelledby="total-title"
          className="mt-6 flex flex-wrap items-end justify-between gap-4"
        >
          <div>
            <h2 id="total-title" className="text-xl font-semibold">
              Submitted assessments
            </h2>
            <p className="text-4xl font-bold tabular-nums">
              <CellText cell={data.total} threshold={data.threshold} />
            </p>
          </div>
          <a href={exportHref} download className={secondaryLinkClass}>
            Download CSV<span className="sr-only"> of the figures on this page</span>
          </a>
        </section>
      )}
      <DatasetSection
        id="levels-title"
        title="Overall risk level"
        caption="Assessments by overall risk level"
        query={q(levelsQuery)}
        categoryHeader="Level"
      />
      <TrendSection filters={filters} />
      <DatasetSection
        id="domains-title"
        title="Findings by domain"
        caption="Assessments with at least one finding in each domain"
        query={q(domainsQuery)}
        categoryHeader="Domain"
      />
      <DatasetSection
        id="findings-title"
        title="How often each finding fires"
        caption="Assessments in which each finding fired"
        query={q(findingsQuery)}
        categoryHeader="Finding"
      />
      <DatasetSection
        id="classes-title"
        title="Co-medication classes"
        caption="Assessments listing a medicine in each interaction class"
        query={q(classesQuery)}
        categoryHeader="Interaction class"
      />
      <DatasetSection
        id="dependence-title"
        title="Dependence severity"
        caption="Assessments by DSM-5 criteria count"
        query={q(dependenceQuery)}
        categoryHeader="Severity"
      />
      <DatasetSection
        id="skin-title"
        title="Skin changes"
        caption="Assessments by reported new skin darkening"
        query={q(skinQuery)}
        categoryHeader="Answer"
      />
    </>
  );
}
