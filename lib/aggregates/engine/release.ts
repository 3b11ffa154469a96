/**
 * One release of the figures: every cell (cells.ts), perturbed by the cell-key method
 * (perturb.ts), as the rows the database stores and every app instance reads. Only the
 * published value is stored, never the true count. A cell's perturbation depends on its records
 * and its clinic's released records only, so a clinic whose figures did not move keeps every
 * cell exactly as released.
 */
import type { Catalogue } from "../catalogue";
import { ALL, type CellId, cellKey, countCells, type SourceRow, yearsOf } from "./cells";
import { publishCount, SMALL } from "./perturb";

export { cellKey };

/** A published cell as stored: its published value and how it is shown (SHOWN or SMALL). */
export interface PublishedCell extends CellId {
  /** The perturbed value (0 when shown as "<T"). */
  n: number;
  status: number;
}

export interface ReleaseInput {
  catalogue: Catalogue;
  clinicIds: string[];
  rows: SourceRow[];
  /** The year offered when there is nothing to count yet. */
  fallbackYear: number;
  threshold: number;
}

export interface ReleaseStats {
  cells: number;
  /** Cells shown as "<T". */
  hidden: number;
  /** Sum and maximum of |published − true| over the non-empty cells shown as numbers (bench). */
  absError: number;
  maxError: number;
  /** How many cells those are (a true zero is always exact, so it is left out of the mean). */
  errorCells: number;
}

export interface Release {
  cells: PublishedCell[];
  years: string[];
  stats: ReleaseStats;
}

/** The perturbed release of these counts. */
export function computeRelease(input: ReleaseInput): Release {
  const years = yearsOf(input.rows, input.fallbackYear);
  const counted = countCells(input.catalogue, input.clinicIds, input.rows, years);
  // The clinic's (or the network's) all-time total key: its released records' key sum.
  const salt = new Map<string, number>();
  for (const c of counted)
    if (c.measure === "total" && c.ageBand === ALL && c.sex === ALL && c.period === ALL)
      salt.set(c.clinic, c.keySum);
  const cells: PublishedCell[] = [];
  const stats: ReleaseStats = { cells: 0, hidden: 0, absError: 0, maxError: 0, errorCells: 0 };
  for (const { n, keySum, ...at } of counted) {
    const { value, status } = publishCount(n, keySum, salt.get(at.clinic) ?? 0, input.threshold);
    if (status === SMALL) stats.hidden++;
    else if (n > 0) {
      const error = Math.abs(value - n);
      stats.errorCells++;
      stats.absError += error;
      if (error > stats.maxError) stats.maxError = error;
    }
    cells.push({ ...at, n: value, status });
  }
  stats.cells = cells.length;
  return { cells, years, stats };
}
