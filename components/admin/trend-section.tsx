import { type DataColumn, DataTable } from "@/components/ui/data-table";
import type { Row, TrendPoint } from "@/lib/aggregates/types";
import { CellText } from "./cell-text";
import { TrendChart } from "./trend-chart";

/** Assessments per month by overall level, for the chosen clinic and year (all ages and sexes). */
export function TrendSection({
  trend,
  threshold,
}: {
  trend: TrendPoint[] | null;
  threshold: number;
}) {
  const levels = trend?.[0]?.levels ?? [];
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
            caption="Submitted assessments per month (UTC), by overall risk level"
            className="mt-3 bg-white text-sm"
            columns={trendColumns(levels, threshold)}
            rows={trend}
            rowKey={(p) => p.month}
          />
        </>
      )}
    </section>
  );
}

/** Month as the row header, then the total and one count per level, each suppressed as shown. */
function trendColumns(levels: Row[], threshold: number): DataColumn<TrendPoint>[] {
  return [
    { key: "month", header: "Month", cell: (p) => p.month, cellClassName: () => "font-normal" },
    {
      key: "total",
      header: "All levels",
      numeric: true,
      cell: (p) => <CellText cell={p.total} threshold={threshold} />,
    },
    ...levels.map((l, i) => ({
      key: l.key,
      header: l.label,
      numeric: true,
      cell: (p: TrendPoint) => <CellText cell={p.levels[i].cell} threshold={threshold} />,
    })),
  ];
}
