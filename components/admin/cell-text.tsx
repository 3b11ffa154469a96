import { type Cell, formatCell, isHidden } from "@/lib/aggregates/types";

/** A count as shown: the perturbed number or "<11" (the same text the CSV holds). */
export function CellText({ cell, threshold }: { cell: Cell; threshold: number }) {
  return (
    <span className={isHidden(cell) ? "text-slate-700 italic" : undefined}>
      {formatCell(cell, threshold)}
    </span>
  );
}

/** Chart value: hidden cells are left out of the bars (their table row says why). */
export const chartValue = (cell: Cell) => (isHidden(cell) ? null : cell.n);
