import { type DataColumn, DataTable } from "@/components/ui/data-table";
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
  const columns: DataColumn<Row>[] = [
    {
      key: "category",
      header: categoryHeader,
      cell: (r) => r.label,
      cellClassName: () => "font-normal",
    },
    {
      key: "count",
      header: "Assessments",
      numeric: true,
      cell: (r) => <CellText cell={r.cell} threshold={threshold} />,
    },
  ];
  return (
    <div className="mt-3">
      <DataTable
        caption={caption}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.key}
        className="bg-white text-sm"
      />
    </div>
  );
}
