/**
 * One release of the figures: every cell of the publication cube, perturbed by the cell-key
 * method (perturb.ts) and flattened into the rows the database stores and every app instance
 * reads. Only the published value is stored, never the true count. A cell's perturbation
 * depends on its records and its clinic's released records only, so a clinic whose figures did
 * not move keeps every cell exactly as released.
 */
import type { Catalogue } from "../catalogue";
import { type BuiltCube, buildCube, type SourceRow } from "./build";
import { cellIndex, nodeOf } from "./cube";
import { publishCount, SMALL } from "./perturb";

/** A published cell as stored: its published value and how it is shown (SHOWN or SMALL). */
export interface PublishedCell {
  /** "all" or a clinic id. */
  clinic: string;
  ageBand: string;
  sex: string;
  /** "all", "YYYY" or "YYYY-MM". */
  period: string;
  measure: string;
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

export const cellKey = (c: Omit<PublishedCell, "n" | "status">) =>
  `${c.clinic}|${c.ageBand}|${c.sex}|${c.period}|${c.measure}`;

/** Every stored cell of the cube (the derived "no" side of binary measures is never stored). */
function* cubeCells(built: BuiltCube): Generator<[number, Omit<PublishedCell, "status">]> {
  const { cube } = built;
  const { values, measures, measureStride, dims } = cube;
  for (let i = 0; i < values.length; i++) {
    if (values[i] < 0) continue;
    const m = measures[Math.floor(i / measureStride)];
    if (m.kind === "no") continue;
    const [c, a, s, t] = dims.map((d, k) => d.keys[nodeOf(cube, i, k)]);
    yield [i, { clinic: c, ageBand: a, sex: s, period: t, measure: m.key, n: values[i] }];
  }
}

/** The perturbed release of a built cube. */
export function releaseOf(built: BuiltCube, threshold: number): Release {
  const { cube } = built;
  const cells: PublishedCell[] = [];
  const stats: ReleaseStats = { cells: 0, hidden: 0, absError: 0, maxError: 0, errorCells: 0 };
  for (const [i, cell] of cubeCells(built)) {
    // The clinic's (or the network's) all-time total key: its released records' key sum.
    const salt = cube.keys[cellIndex(cube, 0, [nodeOf(cube, i, 0), 0, 0, 0])];
    const { value, status } = publishCount(cell.n, cube.keys[i], salt, threshold);
    if (status === SMALL) stats.hidden++;
    else if (cell.n > 0) {
      const error = Math.abs(value - cell.n);
      stats.errorCells++;
      stats.absError += error;
      if (error > stats.maxError) stats.maxError = error;
    }
    cells.push({ ...cell, n: value, status });
  }
  stats.cells = cells.length;
  return { cells, years: built.years, stats };
}

/** The release of these counts. */
export function computeRelease(input: ReleaseInput): Release {
  const built = buildCube(input.catalogue, input.clinicIds, input.rows, input.fallbackYear);
  return releaseOf(built, input.threshold);
}
