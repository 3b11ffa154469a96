// Issue 10 §0: the subtraction attack replayed. An admin snapshots the figures, a few new
// assessments arrive, the admin snapshots again and subtracts. Nothing may come out of it.
import { describe, expect, it } from "vitest";
import { buildCatalogue } from "../catalogue";
import { advanceCuts, type ClinicCut, isReleased } from "../release-policy";
import { buildCube } from "./build";
import { disclosedAcross, disclosedWithin, screenOf } from "./oracle";
import { computeRelease, type Release } from "./release";
import { type Assessment, clinicIdsOf, sourceRows, syntheticAssessments } from "./synthetic";

const T = 11;
const catalogue = buildCatalogue();
const clinics = clinicIdsOf(12);

/** One publication run over everything submitted so far (the publisher, without a database). */
function publish(all: Assessment[], cuts: ClinicCut[], now: string, previous?: Release) {
  const visible = clinics.map((clinicId) => ({
    clinicId,
    count: all.filter((a) => a.clinicId === clinicId && a.at <= now).length,
  }));
  const next = advanceCuts(cuts, visible, now, T);
  const cutoffs = new Map(next.cuts.map((c) => [c.clinicId, c.cutoff]));
  const rows = sourceRows(all.filter((a) => isReleased(cutoffs, a.clinicId, a.at)));
  const input = { catalogue, clinicIds: clinics, rows, fallbackYear: 2026, threshold: T };
  // No clinic moved: the publisher keeps the release it has (no new version at all).
  const release =
    previous && next.advanced.length === 0
      ? previous
      : computeRelease({ ...input, previous: previous?.cells });
  const { cube } = buildCube(catalogue, clinics, rows, 2026);
  return { ...next, release, screen: screenOf(cube, release.cells, T) };
}

const stamp = (ms: number) => new Date(ms).toISOString().replace("T", " ").replace("Z", "");

describe.each([3, 7])(
  "successive releases cannot be subtracted, network seed %i",
  { timeout: 120_000 },
  (seed) => {
    const base = syntheticAssessments(1000, seed);
    const t0 = stamp(Date.now() + 1000);
    const first = publish(base, [], t0);

    it("releases every clinic with enough assessments, and no cell of it is derivable", () => {
      expect(first.advanced).toHaveLength(12);
      expect(first.release.stats.unprotected).toBe(0);
      expect(disclosedWithin(first.screen)).toEqual([]);
    });

    /** `k` new assessments in clinic-03, after the first release; then a publication run. */
    const republish = (k: number, batchSeed: number) => {
      const fresh = syntheticAssessments(k, batchSeed, { only: "clinic-03", months: 0 }).map(
        (a) => ({
          ...a,
          at: stamp(Date.now() + 2000),
        }),
      );
      return publish([...base, ...fresh], first.cuts, stamp(Date.now() + 5000), first.release);
    };

    it.each([1, 2, 5, 10])("shows nothing of %i new assessment(s) in one clinic", (k) => {
      const second = republish(k, 100 + k);
      expect(second.advanced).toEqual([]);
      // Every cell, hidden or not, says exactly what it said before: nothing to subtract.
      expect(second.release.cells).toEqual(first.release.cells);
      if (k === 1 || k === 10) {
        // And the oracle (subtracting every pair of cells, peeling every equation) agrees.
        const leak = disclosedAcross(first.screen, second.screen, T);
        expect(leak.hidden).toEqual([]);
        expect(leak.smallChanges).toEqual([]);
      }
    });

    // A released batch (at least the threshold) may show small changes between figures shown in
    // both releases (its narrower cells, docs/aggregates.md), but no cell hidden in either release
    // follows from the two together, and each release is sound on its own.
    it.each([11, 12, 20, 50])("releases a batch of %i: no hidden cell follows from both", (k) => {
      const second = republish(k, 200 + k);
      expect(second.advanced).toEqual(["clinic-03"]);
      expect(second.release.stats.unprotected).toBe(0);
      expect(disclosedWithin(second.screen)).toEqual([]);
      const before = new Map(
        first.release.cells.map((c) => [JSON.stringify({ ...c, status: 0 }), c.status]),
      );
      for (const c of second.release.cells) {
        const was = before.get(JSON.stringify({ ...c, status: 0 }));
        // Same count as before: a hidden cell never turns into a number unchanged (it may move
        // from one hidden status to another, e.g. primary to withheld, which shows nothing new).
        if (was !== undefined && was !== 0) expect(c.status).not.toBe(0);
      }
      expect(disclosedAcross(first.screen, second.screen, T).hidden).toEqual([]);
    });
  },
);
