// The admin figures at growing sizes: seed up to each size, let the server publish a release
// (its publisher process does within its interval; publish time = count + perturbation + write, as the
// publisher records it), then time sequential view requests over a rotation of filters (each size with its own
// admin), and report the share of figures shown as numbers on the network view and on the
// biggest clinic's current year.
import { log } from "../lib/run.mjs";
import { measureUtility } from "./aggregate-utility.mjs";
import { signIn, timeAggregates } from "./http.mjs";
import { sql, tsx } from "./steps.mjs";

const REQUESTS = 200;

/** Polls the version (as an open dashboard does) until a release newer than `after` is up. */
async function waitForRelease(url, cookie, after, timeoutMs = 600_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const r = await fetch(`${url}/api/admin/aggregates/version`, { headers: { cookie } });
    const body = r.ok ? await r.json() : null;
    if (body?.version && Number(body.version) > after) return body.version;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  throw new Error("no new release of the figures in time");
}

/** Figures shown as numbers / all figures of a view (the same count as lib/aggregates/share.ts). */
function shown(view) {
  const cells = [
    view.total,
    ...[view.levels, view.domains, view.rules, view.classes, view.dependence, view.skin]
      .flat()
      .map((r) => r.cell),
    // The monthly trend is totals only (levels are shown per year, docs/aggregates.md).
    ...(view.trend ?? []).map((p) => p.total),
  ];
  return cells.filter((c) => !("hidden" in c)).length / cells.length;
}

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
    // A bulk load leaves autovacuum and analyze work that would otherwise run during the next
    // measurements and be charged to them; a database in service has had it done.
    log("Vacuuming and analysing after the bulk load…");
    await sql(databaseUrl, "VACUUM ANALYZE");
    const cookie = await signIn(url, `bench-admin-${i}@bench.invalid`, password);
    const [latest] = await sql(databaseUrl, `SELECT max(version) AS v FROM aggregate_release`);
    const version = await waitForRelease(url, cookie, Number(latest?.v ?? 0));
    const [release] = await sql(
      databaseUrl,
      `SELECT "publishMs", cells, hidden, "meanError", "maxError" FROM aggregate_release WHERE version = $1`,
      [Number(version)],
    );
    const c = (
      await sql(
        databaseUrl,
        `SELECT a."clinicId"::text AS id FROM assessment a JOIN clinic k ON k.id = a."clinicId"
         WHERE k.name LIKE 'Synthetic clinic%' GROUP BY 1 ORDER BY count(*) DESC LIMIT 3`,
      )
    ).map((r) => r.id);
    const year = new Date().getUTCFullYear();
    const queries = [
      "clinic=all",
      "clinic=all&sex=female",
      `clinic=${c[0]}`,
      `clinic=all&ageBand=35-44`,
      `clinic=all&period=${year}`,
      // One filter at a time, or a clinic with a year (lib/aggregates/filter-values.ts).
      `clinic=${c[2]}&period=${year}`,
    ].map((q) => `${q}&version=${version}`);
    const t = await timeAggregates(url, cookie, queries, REQUESTS);
    const n = size.toLocaleString("en-GB");
    rows.push([
      `Aggregate view route, ${n} assessments (${REQUESTS} requests, HTTP)`,
      `p50 ${t.p50.toFixed(1)} ms, p95 ${t.p95.toFixed(1)} ms`,
      "p95 ≤ 100 ms",
      t.p95 <= 100,
    ]);
    rows.push([
      `  publish (count + perturbation + write), ${n}`,
      `${(release.publishMs / 1000).toFixed(1)} s (${release.cells} cells, ${release.hidden} shown as <11)`,
      "",
      null,
    ]);
    // Utility of the cell-key perturbation (docs/aggregates.md): |published − true| over every
    // non-empty cell of the release shown as a number, as the publisher measured it.
    rows.push([
      `  published vs true, ${n}: mean / max absolute error`,
      `${Number(release.meanError).toFixed(2)} / ${release.maxError}`,
      "max ≤ 10",
      release.maxError <= 10,
    ]);
    for (const [label, q] of [
      ["network view", "clinic=all"],
      [`biggest clinic, ${year}`, `clinic=${c[0]}&period=${year}`],
    ]) {
      const r = await fetch(`${url}/api/admin/aggregates?${q}&version=${version}`, {
        headers: { cookie },
      });
      const share = shown(await r.json());
      rows.push([
        `  figures shown, ${label}, ${n}`,
        `${(share * 100).toFixed(1)}%`,
        "≥ 90%",
        share >= 0.9,
      ]);
    }
  }
  rows.push(...(await measureUtility(sizes, env)));
  return rows;
}
