/**
 * One release of the figures: the suppressed publication cube flattened into the rows the
 * database stores and every app instance reads. Cells whose count did not change since the
 * previous release keep the status they were published with (carried forward), so two releases
 * never show a cell in one and hide it in the other without its count having moved.
 */
import type { Catalogue } from "../catalogue";
import { type BuiltCube, buildCube, type SourceRow } from "./build";
import { nodeOf } from "./cube";
import {
  PUBLISHED,
  type SuppressionResult,
  suppressCube,
  suppressCubeAsync,
  WITHHELD,
} from "./suppress";

/** A published cell as stored: its true count and how it is shown (status, see witness.ts). */
export interface PublishedCell {
  /** "all" or a clinic id. */
  clinic: string;
  ageBand: string;
  sex: string;
  /** "all", "YYYY" or "YYYY-MM". */
  period: string;
  measure: string;
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
  /** The cells of the previous release, for the carried-forward statuses. */
  previous?: Iterable<PublishedCell>;
}

export interface ReleaseStats {
  cells: number;
  hidden: number;
  withheld: number;
  /** Small cells whose protection had to be widened (withholding some neighbours). */
  widened: number;
  /** Small cells with no protection at all: the release must not be published. */
  unprotected: number;
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

function prepare(input: ReleaseInput) {
  const built = buildCube(input.catalogue, input.clinicIds, input.rows, input.fallbackYear);
  const before = new Map<string, { n: number; status: number }>();
  for (const p of input.previous ?? []) before.set(cellKey(p), p);
  const carried = new Uint8Array(built.cube.values.length);
  if (before.size > 0) {
    for (const [i, cell] of cubeCells(built)) {
      const was = before.get(cellKey(cell));
      if (was && was.n === cell.n) carried[i] = was.status;
    }
  }
  return { built, carried };
}

/** The stored cells of a suppressed cube (tests suppress with witnesses, then flatten). */
export function releaseOf(built: BuiltCube, result: SuppressionResult): Release {
  const cells: PublishedCell[] = [];
  let hidden = 0;
  let withheld = 0;
  for (const [i, cell] of cubeCells(built)) {
    const status = result.status[i];
    if (status !== PUBLISHED) hidden++;
    if (status === WITHHELD) withheld++;
    cells.push({ ...cell, status });
  }
  return {
    cells,
    years: built.years,
    stats: {
      cells: cells.length,
      hidden,
      withheld,
      widened: result.widened,
      unprotected: result.unprotected,
    },
  };
}

/** The release of these counts (synchronous: tests and scripts). */
export function computeRelease(input: ReleaseInput): Release {
  const { built, carried } = prepare(input);
  return releaseOf(built, suppressCube(built.cube, { threshold: input.threshold, carried }));
}

/** The same, yielding to the event loop between batches (the server's publisher). */
export async function computeReleaseAsync(input: ReleaseInput): Promise<Release> {
  const { built, carried } = prepare(input);
  return releaseOf(
    built,
    await suppressCubeAsync(built.cube, { threshold: input.threshold, carried }),
  );
}
