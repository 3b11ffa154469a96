"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import type { AggregateFilters } from "@/lib/aggregates/filter-values";
import { CellText } from "./cell-text";
import { trendQuery } from "./queries";

const TrendChart = dynamic(() => import("./trend-chart").then((m) => m.TrendChart), { ssr: false });

/** Assessments per month by overall level, for the chosen clinic and year (all ages and sexes). */
export function TrendSection({ filters }: { filters: AggregateFilters }) {
  const { data } = useQuery({ ...trendQuery(filters), placeholderData: keepPreviousData });
  const levels = data?.trend?.[0]?.levels ?? [];
  return (
    <section aria-labelledby="trend-title" className="mt-10">
      <h2 id="trend-title" className="text-xl font-semibold">
        Trend by month
      </h2>
      {data && !data.trend && (
        <p className="mt-1 text-slate-700">
          Monthly figures are kept for all age bands and sexes together: set age band and sex to
          “All” to see them.
        </p>
      )}
      {data?.trend && (
        <>
          <TrendChart points={data.trend} />
          <div className="overflow-x-auto">
            <table className="mt-3 w-full border-collapse bg-white text-left text-sm">
              <caption className="mb-1 text-left font-medium text-slate-800">
                Submitted assessments per month (UTC), by overall risk level
              </caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="p-2">
                    Month
                  </th>
                  <th scope="col" className="p-2 text-right">
                    All levels
                  </th>
                  {levels.map((l) => (
                    <th key={l.key} scope="col" className="p-2 text-right">
                      {l.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.trend.map((p) => (
                  <tr key={p.month} className="border-b border-slate-200">
                    <th scope="row" className="p-2 font-normal">
                      {p.month}
                    </th>
                    <td className="p-2 text-right tabular-nums">
                      <CellText cell={p.total} threshold={data.threshold} />
                    </td>
                    {p.levels.map((l) => (
                      <td key={l.key} className="p-2 text-right tabular-nums">
                        <CellText cell={l.cell} threshold={data.threshold} />
                      </td>
                    ))}
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
