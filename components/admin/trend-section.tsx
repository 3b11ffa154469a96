import { type DataColumn, DataTable } from "@/components/ui/data-table";
import type { TrendPoint } from "@/lib/aggregates/types";
import { CellText } from "./cell-text";
import { TrendChart } from "./trend-chart";

/**
 * Assessments per month, for the chosen clinic and year (all ages and sexes). Totals only: the
 * levels are shown per year (the year filter), see docs/aggregates.md.
 */
export function TrendSection({
  trend,
  threshold,
}: {
  trend: TrendPoint[] | null;
  threshold: number;
}) {
  return (
    <section aria-labelledby="trend-title" className="mt-10">
      <h2 id="trend-title" className="text-xl font-semibold">
        Trend by month
      </h2>
      {!trend && (
        <p className="mt-1 text-slate-700">
          Monthly figures are kept for all age bands and sexes together: set age band and sex to
          “All” to see them.
        </p>
      )}
      {trend && (
        <>
          <TrendChart points={trend} />
          <DataTable
            caption="Submitted assessments per month (UTC)"
            className="mt-3 bg-white text-sm"
            columns={trendColumns(threshold)}
            rows={trend}
            rowKey={(p) => p.month}
          />
        </>
      )}
    </section>
  );
}

/** Month as the row header, then the month's total, suppressed as shown. */
function trendColumns(threshold: number): DataColumn<TrendPoint>[] {
  return [
    { key: "month", header: "Month", cell: (p) => p.month, cellClassName: () => "font-normal" },
    {
      key: "total",
      header: "Assessments",
      numeric: true,
      cell: (p) => <CellText cell={p.total} threshold={threshold} />,
    },
  ];
}
