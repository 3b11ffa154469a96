"use client";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from "recharts";
import type { Row } from "@/lib/aggregates/types";
import { chartValue } from "./cell-text";

/**
 * Horizontal bars of one dataset. Decorative for assistive technology (the table next to it is
 * the accessible form), so it is hidden from it and has no focusable parts (no accessibility
 * layer). Loaded on demand to keep the page's first JavaScript small.
 */
export function CountBarChart({ rows }: { rows: Row[] }) {
  const data = rows.map((r) => ({ label: r.label, value: chartValue(r.cell) }));
  const height = Math.max(120, rows.length * 28 + 40);
  return (
    <div aria-hidden="true" className="mt-3" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={data}
          layout="vertical"
          margin={{ left: 8, right: 24 }}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke="#cbd5e1" />
          <XAxis type="number" allowDecimals={false} tick={{ fill: "#334155", fontSize: 12 }} />
          <YAxis
            type="category"
            dataKey="label"
            width={220}
            tick={{ fill: "#334155", fontSize: 12 }}
          />
          <Bar dataKey="value" fill="#1d4ed8" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
