"use client";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from "recharts";
import type { TrendPoint } from "@/lib/aggregates/types";
import { chartValue } from "./cell-text";

const colours: Record<string, string> = { low: "#15803d", moderate: "#b45309", high: "#b91c1c" };

/** Assessments per month, stacked by overall level; hidden from assistive technology (see table). */
export function TrendChart({ points }: { points: TrendPoint[] }) {
  const levels = points[0]?.levels ?? [];
  const data = points.map((p) => ({
    month: p.month,
    ...Object.fromEntries(p.levels.map((l) => [l.key, chartValue(l.cell)])),
  }));
  return (
    <div aria-hidden="true" className="mt-3 h-72">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ left: 0, right: 16 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke="#cbd5e1" />
          <XAxis dataKey="month" tick={{ fill: "#334155", fontSize: 12 }} />
          <YAxis allowDecimals={false} tick={{ fill: "#334155", fontSize: 12 }} />
          <Legend />
          {levels.map((l) => (
            <Bar
              key={l.key}
              dataKey={l.key}
              name={l.label}
              stackId="level"
              fill={colours[l.key] ?? "#475569"}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
