#!/usr/bin/env node
// `npm run bench`: one table of performance figures, measured in one run on this machine, on a
// throwaway embedded PostgreSQL and the production build:
//   - the aggregate route's p50/p95 over HTTP (signed in through the real sign-in action) at
//     10k, 100k and 1M synthetic submitted assessments;
//   - submissions with 16 concurrent clients through the app's submit path (zod, assess, the
//     DAL's one transaction), the same rows written with plain pg, and their ratio;
//   - first-load JavaScript (gzip) of /admin and the checklist routes.
// BENCH_SIZES=10000,100000 shortens a run. Every stage is bounded (counts and timeouts).
import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { measureAggregates } from "./bench/aggregate-stage.mjs";
import { firstLoadKb } from "./bench/first-load.mjs";
import { printTable } from "./bench/report.mjs";
import { ensureBuild, startServer } from "./bench/server.mjs";
import { tsx } from "./bench/steps.mjs";
import { measureSubmissions } from "./bench/submit-stage.mjs";
import { freePort, startEmbeddedPostgres } from "./lib/database.mjs";
import { ensureInstalled } from "./lib/install.mjs";
import { migrate, prismaGenerate } from "./lib/prepare.mjs";

const SIZES = (process.env.BENCH_SIZES ?? "10000,100000,1000000").split(",").map(Number);
const BENCH_PASSWORD = "bench-admin-password-local";
const SUBMISSIONS = 2000;
const CLIENTS = 16;
const ROUTES = [
  ["/admin", "(admin)/admin"],
  ["/checklist/[draftId]", "(clinician)/checklist/[draftId]"],
  ["/checklist/[draftId]/[step]", "(clinician)/checklist/[draftId]/[step]"],
  ["/assessments/[id] (summary)", "(clinician)/assessments/[id]"],
];

let database;
let server;

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
  await ensureBuild();
  await tsx(["scripts/bench/admins.ts", String(SIZES.length)], env);
  server = await startServer(port, env);

  const rows = await measureAggregates({
    sizes: SIZES,
    url: server.url,
    databaseUrl: database.url,
    env,
    password: BENCH_PASSWORD,
  });
  // The server is stopped first: the submission figures should not share the CPU with it.
  await server.stop();
  server = undefined;
  rows.push(...(await measureSubmissions({ count: SUBMISSIONS, clients: CLIENTS, env })));
  for (const [route, dir] of ROUTES) {
    const size = firstLoadKb(route, dir);
    if (size)
      rows.push([
        `First-load JS ${route}`,
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
