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

describe("successive releases cannot be subtracted", { timeout: 120_000 }, () => {
  const base = syntheticAssessments(1000, 3);
  const t0 = stamp(Date.now() + 1000);
  const first = publish(base, [], t0);

  it("releases every clinic with enough assessments, and no cell of it is derivable", () => {
    expect(first.advanced).toHaveLength(12);
    expect(first.release.stats.unprotected).toBe(0);
    expect(disclosedWithin(first.screen)).toEqual([]);
  });

  for (const k of [1, 2, 5, 10]) {
    it(`shows nothing of ${k} new assessment(s) in one clinic`, () => {
      const fresh = syntheticAssessments(k, 100 + k, { only: "clinic-03", months: 0 }).map((a) => ({
        ...a,
        at: stamp(Date.now() + 2000),
      }));
      const second = publish(
        [...base, ...fresh],
        first.cuts,
        stamp(Date.now() + 5000),
        first.release,
      );
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
  }

  it("releases a clinic's batch once it reaches the threshold, keeping unchanged cells' status", () => {
    const fresh = syntheticAssessments(T, 200, { only: "clinic-03", months: 0 }).map((a) => ({
      ...a,
      at: stamp(Date.now() + 2000),
    }));
    const second = publish(
      [...base, ...fresh],
      first.cuts,
      stamp(Date.now() + 5000),
      first.release,
    );
    expect(second.advanced).toEqual(["clinic-03"]);
    expect(second.release.stats.unprotected).toBe(0);
    const before = new Map(
      first.release.cells.map((c) => [JSON.stringify({ ...c, status: 0 }), c.status]),
    );
    for (const c of second.release.cells) {
      const was = before.get(JSON.stringify({ ...c, status: 0 }));
      // Same count as before: a hidden cell never turns into a number unchanged (it may move
      // from one hidden status to another, e.g. primary to withheld, which shows nothing new).
      if (was !== undefined && was !== 0) expect(c.status).not.toBe(0);
    }
    // Known limit (docs/aggregates.md): a released batch is itself a group of at least the
    // threshold, but its narrower cells can be small, and a few cells hidden in one release
    // can follow from the other. The oracle measures it; this pins the figure so it is seen.
    const leak = disclosedAcross(first.screen, second.screen, T);
    expect(leak.hidden.length).toBeLessThan(50);
  });
});
