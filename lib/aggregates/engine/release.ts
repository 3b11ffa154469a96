/**
 * One release of the figures: every cell (cells.ts), perturbed by the cell-key method
 * (perturb.ts), as the rows the database stores and every app instance reads. Only the
 * published value is stored, never the true count. A cell's perturbation depends on its records
 * and its clinic's released records of the same period only, so a clinic whose figures did not
 * move keeps every cell exactly as released, and so does every period a batch did not fall in.
 */
import type { Catalogue } from "../catalogue";
import {
  ALL,
  type CellId,
  type Counted,
  cellKey,
  countCells,
  type SourceRow,
  yearsOf,
} from "./cells";
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

/**
 * The salts: the key sum of each clinic's (and the network's) released assessments within each
 * period, read from its total cell for all ages and sexes ("clinic|period"). A cell takes the
 * salt of its own clinic and period (all time, a year or a month), so a batch re-perturbs every
 * cell of the periods it falls in and leaves every other period exactly as published: a past
 * year's cells, whose counts never change, cannot be averaged over the clinic's later releases.
 */
export function saltsOf(counted: Iterable<Counted>): Map<string, number> {
  const salts = new Map<string, number>();
  for (const c of counted)
    if (c.measure === "total" && c.ageBand === ALL && c.sex === ALL)
      salts.set(`${c.clinic}|${c.period}`, c.keySum);
  return salts;
}

export const saltOf = (salts: Map<string, number>, c: CellId) =>
  salts.get(`${c.clinic}|${c.period}`) ?? 0;

/** The perturbed release of these counts. */
export function computeRelease(input: ReleaseInput): Release {
  const years = yearsOf(input.rows, input.fallbackYear);
  const counted = countCells(input.catalogue, input.clinicIds, input.rows, years);
  const salts = saltsOf(counted);
  const cells: PublishedCell[] = [];
  const stats: ReleaseStats = { cells: 0, hidden: 0, absError: 0, maxError: 0, errorCells: 0 };
  for (const { n, keySum, ...at } of counted) {
    const { value, status } = publishCount(n, keySum, saltOf(salts, at), input.threshold);
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
