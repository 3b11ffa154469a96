import type { Row } from "@/lib/aggregates/types";
import { chartValue } from "./cell-text";

/**
 * Horizontal bars of one dataset, drawn with plain boxes: rendered on the server with the page
 * (its height is known before any script runs: no layout shift), no chart library to download,
 * and each label is text in its own row, so labels wrap instead of overlapping at any width.
 * Decorative for assistive technology: the table next to it is the accessible, exact form.
 */
export function CountBarChart({ rows }: { rows: Row[] }) {
  const max = Math.max(1, ...rows.map((r) => chartValue(r.cell) ?? 0));
  return (
    <div
      aria-hidden="true"
      className="mt-3 grid gap-x-3 gap-y-1 sm:grid-cols-[minmax(0,16rem)_1fr]"
    >
      {rows.map((r) => {
        const value = chartValue(r.cell);
        return (
          <div key={r.key} className="contents" data-chart-row>
            <span className="text-xs text-slate-700 sm:text-right" data-chart-label>
              {r.label}
            </span>
            <span className="mb-2 flex h-4 items-center gap-2 sm:mb-0 sm:h-5">
              {value !== null && (
                <span
                  className="block h-full bg-blue-700"
                  style={{ width: `${(value / max) * 85}%`, minWidth: value > 0 ? 2 : 0 }}
                />
              )}
              <span className="text-xs text-slate-700 tabular-nums">{value ?? "–"}</span>
            </span>
          </div>
        );
      })}
    </div>
  );
}
