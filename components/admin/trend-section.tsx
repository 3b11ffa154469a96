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
          <div className="overflow-x-auto">
            <table className="mt-3 w-full border-collapse bg-white text-left text-sm">
              <caption className="mb-1 text-left font-medium text-slate-800">
                Submitted assessments per month (UTC)
              </caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="p-2">
                    Month
                  </th>
                  <th scope="col" className="p-2 text-right">
                    Assessments
                  </th>
                </tr>
              </thead>
              <tbody>
                {trend.map((p) => (
                  <tr key={p.month} className="border-b border-slate-200">
                    <th scope="row" className="p-2 font-normal">
                      {p.month}
                    </th>
                    <td className="p-2 text-right tabular-nums">
                      <CellText cell={p.total} threshold={threshold} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
