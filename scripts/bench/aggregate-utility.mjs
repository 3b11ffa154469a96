// The figures' utility at each size (issue 21 §4): the publication engine in-process on the
// synthetic generator (aggregate-utility.ts), beside the aggregate stage's publish time through
// PostgreSQL. Its own file so the publish-time part of the stage can change independently.
import { log } from "../lib/run.mjs";
import { tsx } from "./steps.mjs";

/** Bench rows: mean / max absolute error and the share of figures shown, per size. */
export async function measureUtility(sizes, env) {
  const rows = [];
  for (const size of sizes) {
    const n = size.toLocaleString("en-GB");
    log(`Figures' utility at ${n} assessments (engine in-process)…`);
    const u = JSON.parse(
      await tsx(["scripts/bench/aggregate-utility.ts", "--count", String(size)], env, true),
    );
    rows.push(
      [
        `Figures vs truth, ${n} (engine, synthetic): mean / max absolute error`,
        `${u.meanError.toFixed(2)} / ${u.maxError} (${u.cells} cells, ${u.small} shown as <11, ${(u.engineMs / 1000).toFixed(1)} s)`,
        "max ≤ 10",
        u.maxError <= 10,
      ],
      [
        `  figures shown, network view / biggest clinic's ${u.year}, ${n} (engine)`,
        `${(u.shownNetwork * 100).toFixed(1)}% / ${(u.shownBiggestYear * 100).toFixed(1)}%`,
        "≥ 90%",
        u.shownNetwork >= 0.9 && u.shownBiggestYear >= 0.9,
      ],
    );
  }
  return rows;
}
