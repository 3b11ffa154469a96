// The aggregate route at growing sizes: seed up to each size (the seed refreshes the view),
// wait until the server serves the new figures (its background rebuild, timed), then time
// sequential requests over a rotation of filters, each size with its own admin.
import { log } from "../lib/run.mjs";
import { signIn, timeAggregates, waitForVersion } from "./http.mjs";
import { sql, tsx } from "./steps.mjs";

const REQUESTS = 200;
const VERSION = `SELECT to_char("refreshedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS version FROM aggregate_refresh`;

export async function measureAggregates({ sizes, url, databaseUrl, env, password }) {
  const rows = [];
  let seeded = 0;
  for (const [i, size] of sizes.entries()) {
    log(`Seeding up to ${size.toLocaleString("en-GB")} assessments…`);
    await tsx(
      ["scripts/seed-synthetic.ts", "--count", String(size - seeded), "--seed", String(size)],
      env,
    );
    seeded = size;
    const cookie = await signIn(url, `bench-admin-${i}@bench.invalid`, password);
    const [{ version }] = await sql(databaseUrl, VERSION);
    const started = Date.now();
    await waitForVersion(url, cookie, version);
    const rebuilt = (Date.now() - started) / 1000;
    const c = (
      await sql(
        databaseUrl,
        `SELECT id FROM clinic WHERE name LIKE 'Synthetic clinic%' ORDER BY name LIMIT 3`,
      )
    ).map((r) => r.id);
    const queries = [
      "clinic=all",
      "clinic=all&sex=female",
      `clinic=${c[0]}`,
      `clinic=${c[1]}&ageBand=35-44`,
      `clinic=all&period=${new Date().getUTCFullYear()}`,
      `clinic=${c[2]}&sex=male&ageBand=45-54`,
    ];
    const t = await timeAggregates(url, cookie, queries, REQUESTS);
    const label = `Aggregate route, ${size.toLocaleString("en-GB")} assessments (${REQUESTS} requests, HTTP)`;
    rows.push([
      label,
      `p50 ${t.p50.toFixed(1)} ms, p95 ${t.p95.toFixed(1)} ms`,
      "p95 ≤ 100 ms",
      t.p95 <= 100,
    ]);
    rows.push([
      "  server's background rebuild of the figures after the refresh",
      `${rebuilt.toFixed(1)} s`,
      "",
      null,
    ]);
  }
  return rows;
}
