import type { TrendPoint } from "@/lib/aggregates/types";
import { chartValue } from "./cell-text";

const MONTH_LETTERS = "JFMAMJJASOND";

/**
 * Assessments per month (totals only: levels are shown per year), drawn with plain boxes in a
 * fixed-height area (no layout shift, no chart library). Axis labels cannot overlap: one year label under
 * each year's twelve columns, or one letter per month when a single year is shown. Hidden from
 * assistive technology: the table below is the accessible form.
 */
export function TrendChart({ points }: { points: TrendPoint[] }) {
  const max = Math.max(1, ...points.map((p) => chartValue(p.total) ?? 0));
  const years = [...new Set(points.map((p) => p.month.slice(0, 4)))];
  const single = years.length === 1;
  return (
    <div aria-hidden="true" className="mt-3">
      <div className="flex h-48 items-end gap-px border-b border-slate-400">
        {points.map((p) => {
          const v = chartValue(p.total);
          return (
            <div key={p.month} className="flex h-full min-w-0 flex-1 flex-col-reverse">
              {v ? (
                <div className="bg-slate-700" style={{ height: `${(v / max) * 100}%` }} />
              ) : null}
            </div>
          );
        })}
      </div>
      <div className="flex gap-px text-xs text-slate-700" data-axis>
        {single
          ? points.map((p) => (
              <span key={p.month} className="min-w-0 flex-1 text-center" data-axis-label>
                {MONTH_LETTERS[Number(p.month.slice(5, 7)) - 1]}
              </span>
            ))
          : years.map((y) => (
              <span
                key={y}
                className="min-w-0 flex-1 border-l border-slate-300 pl-1"
                data-axis-label
              >
                {y}
              </span>
            ))}
      </div>
    </div>
  );
}
