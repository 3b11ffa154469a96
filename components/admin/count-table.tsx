import type { Row } from "@/lib/aggregates/types";
import { CellText } from "./cell-text";

/** The accessible (and exact) form of a chart: every category with its count as shown. */
export function CountTable({
  caption,
  rows,
  threshold,
  categoryHeader = "Category",
}: {
  caption: string;
  rows: Row[];
  threshold: number;
  categoryHeader?: string;
}) {
  return (
    <table className="mt-3 w-full border-collapse bg-white text-left text-sm">
      <caption className="mb-1 text-left font-medium text-slate-800">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-300">
          <th scope="col" className="p-2">
            {categoryHeader}
          </th>
          <th scope="col" className="p-2 text-right">
            Assessments
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} className="border-b border-slate-200">
            <th scope="row" className="p-2 font-normal">
              {r.label}
            </th>
            <td className="p-2 text-right tabular-nums">
              <CellText cell={r.cell} threshold={threshold} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
