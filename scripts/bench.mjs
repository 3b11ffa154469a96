#!/usr/bin/env node
// `npm run bench`: one table of performance figures, measured in one run on this machine, on a
// throwaway embedded PostgreSQL and the production build served as `npm start` serves it
// (scripts/serve.mjs, one app process per core):
//   - the path a browser takes, over HTTP (scripts/bench/http-stage.mjs): submit and autosave as
//     real server-action requests, the summary and step pages, the aggregate route, beside the
//     submit's and the autosave's exact statements through plain pg, in interleaved rounds
//     (medians, min–max), at the smallest and the largest size; a submit curve at 1/4/16/64
//     clients; whether save and submit p95 stay within 20% as the data grows;
//   - the aggregate stage (scripts/bench/aggregate-stage.mjs) at every size;
//   - component figures: the submit path in-process (no HTTP, no Next), labelled as such;
//   - first-load JavaScript (gzip) of every route of the build;
//   - the CDS hook (order-select with prefetch, 16 concurrent) over HTTP
//     (scripts/bench/cds-stage.mjs), and the first hook after a fresh start of a second server;
//     BENCH_ONLY=cds runs only the build, a small seed and these;
//   - the EHR launch with a 30-medicine record, end to end and the prefill alone
//     (scripts/bench/prefill-stage.mjs); BENCH_ONLY=prefill likewise.
//   - publish time through the real publisher (scripts/bench/publish-stage.mjs): at the smallest
//     size in the default run (BENCH_PUBLISH_SIZES=10000,1000000 for more); BENCH_ONLY=publish
//     runs only it, at every size of BENCH_SIZES, with no build and no server.
// BENCH_SIZES=10000,1000000 (default) sets the sizes; BENCH_ROUNDS=3 the rounds. Every stage
// is bounded (counts and timeouts). The HTTP stage seeds the smallest size itself and the
// aggregate stage then seeds on top of it, so the stored counts in the labels are measured.
import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { measureAggregates } from "./bench/aggregate-stage.mjs";
import { measureCds, measureFirstHook } from "./bench/cds-stage.mjs";
import { buildRoutes, firstLoadKb } from "./bench/first-load.mjs";
import { measureHttp } from "./bench/http-stage.mjs";
import { measureNextFloor } from "./bench/next-floor.mjs";
import { measurePrefill } from "./bench/prefill-stage.mjs";
import { measurePublish } from "./bench/publish-stage.mjs";
import { printTable } from "./bench/report.mjs";
import { ensureBuild, startServer } from "./bench/server.mjs";
import { sql, tsx } from "./bench/steps.mjs";
import { measureSubmissions } from "./bench/submit-stage.mjs";
import { freePort, startEmbeddedPostgres } from "./lib/database.mjs";
import { ensureInstalled } from "./lib/install.mjs";
import { migrate, prismaGenerate } from "./lib/prepare.mjs";
import { log } from "./lib/run.mjs";

const SIZES = (process.env.BENCH_SIZES ?? "10000,1000000").split(",").map(Number);
const PUBLISH_SIZES = (process.env.BENCH_PUBLISH_SIZES ?? String(SIZES[0])).split(",").map(Number);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const PER_SERIES = { submit: 400, save: 600, page: 300 };
const BENCH_PASSWORD = "bench-admin-password-local";
const SUBMISSIONS = 2000;
const CLIENTS = 16;

let database;
let server;

const stored = async (url) =>
  Number((await sql(url, "SELECT count(*)::int AS n FROM assessment"))[0].n);
const label = (n) => `${n.toLocaleString("en-GB")} stored`;

async function main() {
  await ensureInstalled();
  const dir = mkdtempSync(`${tmpdir()}/kratom-bench-pg-`);
  // As root, PostgreSQL runs as the `postgres` user, which must be able to enter the directory.
  chmodSync(dir, 0o755);
  database = await startEmbeddedPostgres({
    dir: `${dir}/data`,
    port: await freePort(),
    persistent: false,
  });
  const port = await freePort();
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    BETTER_AUTH_SECRET: randomBytes(32).toString("base64url"),
    BETTER_AUTH_URL: `http://127.0.0.1:${port}`,
    PATIENT_REF_HMAC_KEY: randomBytes(32).toString("base64"),
    ENCRYPTION_KEYS: `k1:${randomBytes(32).toString("base64")}`,
    LOG_LEVEL: "warn",
  };
  Object.assign(process.env, env);
  await prismaGenerate();
  await migrate(database.url);
  if (process.env.BENCH_ONLY === "publish") {
    printTable(await measurePublish({ sizes: SIZES, databaseUrl: database.url, env }));
    return;
  }
  await ensureBuild();
  await tsx(["scripts/bench/admins.ts", String(SIZES.length)], env);
  server = await startServer(port, env);

  const rows = [];
  const http = {
    rounds: ROUNDS,
    perSeries: PER_SERIES,
    url: server.url,
    serverPid: server.pid,
    env,
    clients: CLIENTS,
  };
  log(`Seeding ${SIZES[0].toLocaleString("en-GB")} assessments for the first HTTP stage…`);
  await tsx(["scripts/seed-synthetic.ts", "--count", String(SIZES[0]), "--seed", "1"], env);
  if (process.env.BENCH_ONLY === "cds") {
    printTable([
      ...(await measureCds({ url: server.url, serverPid: server.pid, env, clients: CLIENTS })),
      ...(await measureFirstHook({ env, port: await freePort() })),
    ]);
    return;
  }
  if (process.env.BENCH_ONLY === "prefill") {
    printTable(await measurePrefill({ url: server.url, env }));
    return;
  }
  const first = await measureHttp({ ...http, size: label(await stored(database.url)) });
  rows.push(...first.rows);
  rows.push(
    ...(await measureCds({ url: server.url, serverPid: server.pid, env, clients: CLIENTS })),
    ...(await measureFirstHook({ env, port: await freePort() })),
  );

  rows.push(...(await measurePrefill({ url: server.url, env })));

  rows.push(
    ...(await measureAggregates({
      sizes: SIZES,
      url: server.url,
      databaseUrl: database.url,
      env,
      password: BENCH_PASSWORD,
    })),
  );

  if (SIZES.length > 1) {
    const last = await measureHttp({ ...http, size: label(await stored(database.url)) });
    rows.push(...last.rows);
    for (const name of ["HTTP submit (server action)", "HTTP autosave (server action)"]) {
      const growth = last.fig[name].p95 / first.fig[name].p95;
      rows.push([
        `${name}: p95 at the largest size / at the smallest`,
        growth.toFixed(2),
        "≤ 1.20",
        growth <= 1.2,
      ]);
    }
  }
  // The server is stopped first: the component figures should not share the CPU with it.
  await server.stop();
  server = undefined;
  rows.push(...(await measurePublish({ sizes: PUBLISH_SIZES, databaseUrl: database.url, env })));
  rows.push(
    ...(await measureNextFloor({
      port: await freePort(),
      env,
      rounds: ROUNDS,
      clients: CLIENTS,
      count: PER_SERIES.save,
    })),
  );
  rows.push(...(await measureSubmissions({ count: SUBMISSIONS, clients: CLIENTS, env })));
  // Every route of the build, each checklist step on its own line (issue 17 §6).
  for (const [route, dir] of buildRoutes()) {
    const size = firstLoadKb(route, dir);
    if (size)
      rows.push([
        `First-load JS ${size.route}`,
        `${size.kb.toFixed(1)} kB gzip`,
        "≤ 200 kB",
        size.kb <= 200,
      ]);
  }
  printTable(rows);
}

async function cleanup() {
  if (server) await server.stop().catch(() => {});
  if (database) await database.stop().catch(() => {});
}

main()
  .then(cleanup)
  .catch(async (error) => {
    process.stderr.write(`\n${error.stack ?? error.message}\n`);
    await cleanup();
    process.exit(1);
  });
