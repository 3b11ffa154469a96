import type { TrendPoint } from "@/lib/aggregates/types";
import { chartValue } from "./cell-text";

const colours: Record<string, string> = {
  low: "bg-green-700",
  moderate: "bg-amber-700",
  high: "bg-red-700",
};

const MONTH_LETTERS = "JFMAMJJASOND";

/**
 * Assessments per month, stacked by overall level, drawn with plain boxes in a fixed-height
 * area (no layout shift, no chart library). Axis labels cannot overlap: one year label under
 * each year's twelve columns, or one letter per month when a single year is shown. Hidden from
 * assistive technology: the table below is the accessible form.
 */
export function TrendChart({ points }: { points: TrendPoint[] }) {
  const levels = points[0]?.levels ?? [];
  const max = Math.max(1, ...points.map((p) => chartValue(p.total) ?? 0));
  const years = [...new Set(points.map((p) => p.month.slice(0, 4)))];
  const single = years.length === 1;
  return (
    <div aria-hidden="true" className="mt-3">
      <ul className="flex flex-wrap gap-x-4 text-xs text-slate-700">
        {levels.map((l) => (
          <li key={l.key} className="flex items-center gap-1">
            <span className={`inline-block h-3 w-3 ${colours[l.key] ?? "bg-slate-600"}`} />
            {l.label}
          </li>
        ))}
      </ul>
      <div className="mt-2 flex h-48 items-end gap-px border-b border-slate-400">
        {points.map((p) => (
          <div key={p.month} className="flex h-full min-w-0 flex-1 flex-col-reverse">
            {p.levels.map((l) => {
              const v = chartValue(l.cell);
              return v ? (
                <div
                  key={l.key}
                  className={colours[l.key] ?? "bg-slate-600"}
                  style={{ height: `${(v / max) * 100}%` }}
                />
              ) : null;
            })}
          </div>
        ))}
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
