// Issue 10 §1: never blank. The bench's synthetic generator (a long tail of 12 clinics over three
// years) at several sizes and seeds: every small cell is protected (a valid witness each), the
// differencing oracle derives no hidden cell, and the network view and the biggest clinic's
// current year keep most of their figures at 10k. 100k runs in `npm run bench`.
// NOT MET: the target of 90% (measured at 10k, seeds 1 and 5: network all-time 58.7% and
// 55.4%, biggest clinic's 2026 77.2% and 65.4%; without the monthly trend 77%/70% and 99%/81%).
// The monthly levels (small counts every month) and the protection of zeros in small groups
// cost the most; the floors below pin today's figures so they cannot silently get worse. With
// ruleset 2.0.0's larger rule and class catalogue (more measures, so more small cells) the
// network view at 10k, seed 5, measured 47.1%: the network floor is 0.45.
import { describe, expect, it } from "vitest";
import { buildCatalogue } from "../catalogue";
import { ALL } from "../filter-values";
import { shownShare } from "../share";
import type { AggregateView } from "../types";
import { viewOf } from "../view";
import { buildCube } from "./build";
import { disclosedWithin } from "./oracle";
import { releaseOf } from "./release";
import { suppressCube } from "./suppress";
import { clinicIdsOf, sourceRows, syntheticAssessments } from "./synthetic";
import { auditSuppression } from "./testing";

const T = 11;
const catalogue = buildCatalogue();
const clinics = clinicIdsOf(12);
const year = String(new Date().getUTCFullYear());

function run(size: number, seed: number) {
  const built = buildCube(catalogue, clinics, sourceRows(syntheticAssessments(size, seed)), 2026);
  const result = suppressCube(built.cube, { threshold: T, recordWitnesses: true });
  const release = releaseOf(built, result);
  const view = (clinic: string, period: string) =>
    viewOf(
      {
        version: "1",
        publishedAt: "2026-01-01T00:00:00.000Z",
        threshold: T,
        catalogue,
        clinics: clinics.map((id) => ({ id, name: id })),
        years: release.years,
        cells: release.cells,
      },
      { clinic, period, ageBand: ALL, sex: ALL },
    ) as AggregateView;
  const share = (v: AggregateView) => {
    const { shown, all } = shownShare(v);
    return shown / all;
  };
  return { built, result, release, view, share };
}

describe("never blank, on synthetic networks", { timeout: 300_000 }, () => {
  for (const [size, seed] of [
    [1_000, 1],
    [10_000, 1],
    [10_000, 5],
  ]) {
    it(`${size.toLocaleString("en-GB")} assessments, seed ${seed}`, () => {
      const { built, result, release, view, share } = run(size, seed);
      expect(result.unprotected).toBe(0);
      expect(auditSuppression(built.cube, result.status, T, result.witnesses ?? [])).toEqual([]);
      expect(disclosedWithin({ cube: built.cube, status: result.status })).toEqual([]);
      // Something is published everywhere, never a blank cube.
      expect(release.stats.hidden).toBeLessThan(release.stats.cells);
      if (size >= 10_000) {
        expect(share(view(ALL, ALL))).toBeGreaterThanOrEqual(0.45);
        // Clinic 01 is the biggest (sizes 1, 1/2, 1/3, …).
        expect(share(view("clinic-01", year))).toBeGreaterThanOrEqual(0.6);
      }
    });
  }
});
