import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { type AggregateFilters, ALL } from "@/lib/aggregates/filter-values";
import type { AggregateView } from "@/lib/aggregates/types";
import { AggregatesDashboard } from "./dashboard";
import { type Release, releaseQuery, viewQuery } from "./queries";

const filters: AggregateFilters = { clinic: ALL, period: ALL, ageBand: ALL, sex: ALL };

function view(clinics: AggregateView["options"]["clinics"], total: number): AggregateView {
  return {
    version: "3",
    publishedAt: "2026-12-04T10:00:00.000Z",
    threshold: 11,
    filters,
    total: { n: total },
    levels: [],
    dependence: [],
    skin: [],
    domains: [],
    rules: [],
    classes: [],
    trend: [],
    options: { clinics, years: ["2026"], ageBands: [], sexes: [] },
  };
}

/** Renders the dashboard as the server does: with the release and the view already cached. */
function render(data: AggregateView | null, preparingBy: string | null = null) {
  const client = new QueryClient();
  const release: Release = data
    ? { version: data.version, publishedAt: data.publishedAt }
    : { version: null, publishedAt: null, preparingBy };
  client.setQueryData(releaseQuery().queryKey, release);
  if (data) client.setQueryData(viewQuery(filters, data.version).queryKey, data);
  return renderToStaticMarkup(
    <QueryClientProvider client={client}>
      <AggregatesDashboard initialFilters={filters} threshold={11} />
    </QueryClientProvider>,
  );
}

describe("AggregatesDashboard", () => {
  it("says nothing is published before the first release", () => {
    const html = render(null);
    expect(html).toContain("No figures have been published yet.");
    expect(html).not.toContain("Submitted assessments");
  });

  it("says a first release is being prepared, and by when, once a clinic has a batch", () => {
    const html = render(null, "2026-12-07T09:42:10.000Z");
    expect(html).toContain("The first release of the figures is being prepared");
    expect(html).toContain("by about 09:42 UTC");
    expect(html).not.toContain("No figures have been published yet.");
  });

  it("does not show a release in which no clinic reached its first batch as zero assessments", () => {
    const html = render(view([], 0));
    expect(html).toContain("released yet. They appear once a clinic has at least 11 submitted");
    expect(html).not.toContain("Submitted assessments");
  });

  it("shows the figures of a release that has a clinic", () => {
    const html = render(view([{ id: "c1", name: "North clinic" }], 42));
    expect(html).toContain("Figures as of 4 Dec 2026, 10:00 UTC (release 3).");
    expect(html).toContain("Submitted assessments");
    expect(html).toContain(">42<");
  });
});
