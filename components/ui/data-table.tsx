import type { ReactNode } from "react";

/** One column: its header, how a row fills its cell, and whether it holds numbers. */
export interface DataColumn<Row> {
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Right-aligned with tabular figures, so counts line up digit under digit. */
  numeric?: boolean;
  /** Extra classes for this column's body cell of one row (e.g. emphasis on a changed value). */
  cellClassName?: (row: Row) => string;
}

/**
 * A table a screen reader can navigate: a caption naming it, column headers with scope="col",
 * and the first column as row headers with scope="row", so every cell is announced with both
 * its row and its column. Plain markup, no state: usable from server and client components.
 */
export function DataTable<Row>({
  caption,
  captionHidden = false,
  columns,
  rows,
  rowKey,
  compact = false,
  className = "",
}: {
  caption: ReactNode;
  /** Visually hidden when the surrounding heading already says what the table is. */
  captionHidden?: boolean;
  /** The first column labels each row. */
  columns: DataColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  compact?: boolean;
  className?: string;
}) {
  const pad = compact ? "p-1" : "p-2";
  const align = (c: DataColumn<Row>, body: boolean) =>
    c.numeric ? (body ? " text-right tabular-nums" : " text-right") : "";
  const [rowHeader, ...dataColumns] = columns;
  const bodyClass = (c: DataColumn<Row>, row: Row) =>
    `${pad}${align(c, true)} ${c.cellClassName?.(row) ?? ""}`.trim();
  return (
    <div className="overflow-x-auto">
      <table className={`w-full border-collapse text-left ${className}`.trim()}>
        <caption
          className={captionHidden ? "sr-only" : "mb-1 text-left font-medium text-slate-800"}
        >
          {caption}
        </caption>
        <thead>
          <tr className="border-b border-slate-300">
            {columns.map((c) => (
              <th key={c.key} scope="col" className={`${pad}${align(c, false)}`}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className="border-b border-slate-200">
              <th scope="row" className={bodyClass(rowHeader, row)}>
                {rowHeader.cell(row)}
              </th>
              {dataColumns.map((c) => (
                <td key={c.key} className={bodyClass(c, row)}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
