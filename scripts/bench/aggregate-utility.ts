/**
 * The cost in figures of the cell-key perturbation (issue 21 §4, docs/aggregates.md "Measured"):
 * the publication engine in-process on the synthetic generator (12 clinics over three years),
 * at one size. Prints one JSON line: mean and max |published − true| over the non-empty cells
 * shown as numbers, the cells shown as "<T", the share of figures shown on the network view
 * and on the biggest clinic's current year, and the engine's time. The database path runs the
 * same engine on the same counts (lib/dal/aggregate-publisher.ts), so its publish time is the
 * aggregate stage's own figure; this one isolates the figures.
 *
 *   tsx scripts/bench/aggregate-utility.ts --count 1000000 [--seed 1]
 */
import { buildCatalogue } from "@/lib/aggregates/catalogue";
import { computeRelease, type SourceRow } from "@/lib/aggregates/engine";
import { mod } from "@/lib/aggregates/engine/perturb";
import { clinicIdsOf, sourceRows, syntheticAssessments } from "@/lib/aggregates/engine/synthetic";
import { ALL } from "@/lib/aggregates/filter-values";
import { shownShare } from "@/lib/aggregates/share";
import { viewOf } from "@/lib/aggregates/view";

const THRESHOLD = 11;
/** Generated and counted in chunks, so 1M assessments never sit in memory at once. */
const CHUNK = 50_000;

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const count = arg("count", 10_000);
const seed = arg("seed", 1);

const counts = new Map<string, SourceRow>();
for (let done = 0, chunk = 0; done < count; done += CHUNK, chunk++) {
  const list = syntheticAssessments(Math.min(CHUNK, count - done), seed + chunk * 1_009);
  for (const r of sourceRows(list)) {
    const k = `${r.clinicId}|${r.period}|${r.ageBand}|${r.sex}|${r.measure}`;
    const was = counts.get(k);
    if (was) {
      was.n += r.n;
      was.keySum = mod(was.keySum + r.keySum);
    } else counts.set(k, { ...r });
  }
}
const rows = [...counts.values()];
const catalogue = buildCatalogue();
const clinicIds = clinicIdsOf(12);
const started = performance.now();
const release = computeRelease({
  catalogue,
  clinicIds,
  rows,
  fallbackYear: new Date().getUTCFullYear(),
  threshold: THRESHOLD,
});
const engineMs = performance.now() - started;
const rel = {
  version: "1",
  publishedAt: new Date().toISOString(),
  threshold: THRESHOLD,
  catalogue,
  clinics: clinicIds.map((id) => ({ id, name: id })),
  years: release.years,
  cells: release.cells,
};
const share = (clinic: string, period: string) => {
  const view = viewOf(rel, { clinic, period, ageBand: ALL, sex: ALL });
  if (!view) throw new Error(`no view for ${clinic} ${period}`);
  const { shown, all } = shownShare(view);
  return shown / all;
};
const { stats } = release;
// clinic-01 is the biggest (the generator's sizes are 1, 1/2, 1/3, …).
const year = release.years[release.years.length - 1];
console.log(
  JSON.stringify({
    count,
    sourceRows: rows.length,
    cells: stats.cells,
    small: stats.hidden,
    meanError: stats.absError / Math.max(1, stats.errorCells),
    maxError: stats.maxError,
    shownNetwork: share(ALL, ALL),
    shownBiggestYear: share("clinic-01", year),
    year,
    engineMs: Math.round(engineMs),
  }),
);
