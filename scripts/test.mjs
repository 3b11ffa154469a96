#!/usr/bin/env node
// `npm test`: installs what is missing, starts a throwaway PostgreSQL (TEST_DATABASE_URL
// overrides), then typecheck, lint, unit, integration and end-to-end tests in headless Chromium.
// The app and the tests connect as the least-privilege role; migrations run as the owner. The
// integration tests run a second time against Debian's packaged PostgreSQL (the external-
// database path), and, as root, a copy of the checkout in a fresh 0700 folder must start its
// database and migrate (docs/security.md).
import { randomBytes } from "node:crypto";
import { APP_ROLE, appUrlFrom, ensureAppRole, PUBLISHER_ROLE } from "./lib/app-role.mjs";
import { ensureChromium } from "./lib/chromium.mjs";
import { rootCloneCheck } from "./lib/clone-check.mjs";
import { freePort, randomPassword, startThrowawayCluster } from "./lib/database.mjs";
import { ensureInstalled } from "./lib/install.mjs";
import { debianBinaries } from "./lib/postgres-binaries.mjs";
import { migrate, prismaGenerate } from "./lib/prepare.mjs";
import { bin, log, root, runCollected } from "./lib/run.mjs";

const collected = (name, args, options) =>
  runCollected(`${root}/node_modules/.bin/${name}`, args, options);

const args = process.argv.slice(2); // e.g. `npm test -- unit e2e`; `db` only prepares a database
// Spec files run alone against the current build: `npm test -- e2e/clinician/keyboard.spec.ts`;
// integration files alone, once, on the throwaway database: `npm test -- tests/integration/x.int.test.ts`.
const specs = args.filter((a) => a.endsWith(".spec.ts"));
const intFiles = args.filter((a) => a.endsWith(".int.test.ts"));
const only = specs.length > 0 ? ["e2e"] : intFiles.length > 0 ? ["integration"] : args;
const whole = intFiles.length === 0;
const wants = (stage) => only.length === 0 || only.includes(stage);
const clusters = [];

async function stage(name, fn) {
  const started = Date.now();
  log(`── ${name}`);
  await fn();
  log(`── ${name} passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * Stages that do not depend on each other, at the same time: each prints its output whole when
 * it ends (runCollected). The integration runs wait on PostgreSQL round trips far more than on
 * the CPU, so the two database engines overlap well even on two cores. Every stage runs to its
 * end even when another fails, then the first failure is reported.
 */
async function together(name, stages) {
  const started = Date.now();
  log(`── ${name}: ${stages.map(([n]) => n).join(" | ")}`);
  const results = await Promise.allSettled(stages.map(([n, fn]) => stage(n, fn)));
  const failed = results.find((r) => r.status === "rejected");
  if (failed) throw failed.reason;
  log(`── ${name} passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * A throwaway cluster, migrated as its owner. Returns the environment that points at it: the
 * app's least-privilege role (DATABASE_URL), the publisher's (PUBLISHER_DATABASE_URL) and the
 * owner (MIGRATION_DATABASE_URL: test fixtures create clinics and admins as the owner;
 * TEST_OWNER_DATABASE_URL: the backup/restore test dumps and restores as the owner).
 */
async function throwawayDatabase(binDir) {
  const cluster = await startThrowawayCluster({ binDir });
  clusters.push(cluster);
  await migrate(cluster.ownerUrl);
  const app = randomPassword();
  const publisher = randomPassword();
  await ensureAppRole(cluster.ownerUrl, {
    role: APP_ROLE,
    password: app,
    publisher: { role: PUBLISHER_ROLE, password: publisher },
  });
  return {
    DATABASE_URL: appUrlFrom(cluster.ownerUrl, app),
    PUBLISHER_DATABASE_URL: appUrlFrom(cluster.ownerUrl, publisher, PUBLISHER_ROLE),
    MIGRATION_DATABASE_URL: cluster.ownerUrl,
    TEST_OWNER_DATABASE_URL: cluster.ownerUrl,
  };
}

/** The app's role can read and write rows and nothing more (a quick check for `npm test -- db`). */
async function checkAppRole(url) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      "select current_user as who, rolsuper from pg_roles where rolname = current_user",
    );
    await client.query("select count(*) from audit_event");
    const ddl = await client.query("create table role_check (x int)").then(
      () => true,
      () => false,
    );
    if (rows[0].rolsuper || ddl) throw new Error("The app's database role has too many rights.");
    log(`Database ready; the app connects as ${rows[0].who} (no superuser, no DDL)`);
  } finally {
    await client.end();
  }
}

/** This process's environment without the app's configuration (lib/env.ts), for the build. */
function unconfigured() {
  const env = { ...process.env };
  for (const name of Object.keys(env))
    if (
      /^(DATABASE_URL|MIGRATION_DATABASE_URL|PUBLISHER_DATABASE_URL|BETTER_AUTH_|PATIENT_REF_HMAC_KEY|ENCRYPTION_KEYS)/.test(
        name,
      )
    )
      delete env[name];
  return env;
}

async function main() {
  await ensureInstalled();
  if (wants("e2e")) await ensureChromium();
  const webPort = await freePort();
  Object.assign(process.env, {
    NEXT_TELEMETRY_DISABLED: "1",
    // Fresh secrets every run: tests never depend on a developer's .env.
    BETTER_AUTH_SECRET: randomBytes(32).toString("base64url"),
    PATIENT_REF_HMAC_KEY: randomBytes(32).toString("base64"),
    ENCRYPTION_KEYS: `k1:${randomBytes(32).toString("base64")}`,
    BETTER_AUTH_URL: `http://127.0.0.1:${webPort}`,
    E2E_PORT: String(webPort),
    DEMO_MODE: "true",
    LOG_LEVEL: "warn",
  });
  if (process.env.TEST_DATABASE_URL) {
    // An external server: migrations as TEST_MIGRATION_DATABASE_URL's role when given.
    process.env.DATABASE_URL = process.env.TEST_DATABASE_URL;
    if (process.env.TEST_MIGRATION_DATABASE_URL)
      process.env.MIGRATION_DATABASE_URL = process.env.TEST_MIGRATION_DATABASE_URL;
    if (process.env.TEST_PUBLISHER_DATABASE_URL)
      process.env.PUBLISHER_DATABASE_URL = process.env.TEST_PUBLISHER_DATABASE_URL;
    await migrate(process.env.TEST_MIGRATION_DATABASE_URL ?? process.env.TEST_DATABASE_URL);
    process.env.TEST_OWNER_DATABASE_URL ??=
      process.env.TEST_MIGRATION_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
    log("Using the PostgreSQL server in TEST_DATABASE_URL");
  } else {
    Object.assign(process.env, await throwawayDatabase());
    log("Started a throwaway embedded PostgreSQL (the app connects as its least-privilege role)");
  }
  if (only.length === 1 && only[0] === "db") return checkAppRole(process.env.DATABASE_URL);

  await prismaGenerate();
  // Built without the app's configuration: nothing may read it while modules load, so one build
  // serves any deployment (a module-level cookie once broke `npm run build` on a fresh clone).
  if (wants("build")) await stage("build", () => bin("next", ["build"], { env: unconfigured() }));
  // Checks of the source, side by side: tsc is single-threaded, biome is quick, and the unit
  // tests keep the rest of the machine busy.
  const checks = [
    wants("typecheck") && ["typecheck", () => collected("tsc", ["--noEmit"])],
    wants("lint") && ["lint", () => collected("biome", ["ci", "."])],
    wants("unit") && ["unit", () => collected("vitest", ["run", "--project", "unit"])],
  ].filter(Boolean);
  if (checks.length > 0) await together("source checks", checks);
  const databases = [];
  if (wants("integration")) {
    databases.push([
      "integration",
      () => collected("vitest", ["run", "--project", "integration", ...intFiles]),
    ]);
    if (!process.env.TEST_DATABASE_URL && whole)
      databases.push([
        "integration against Debian's PostgreSQL",
        async () => {
          const urls = await throwawayDatabase(await debianBinaries());
          await collected("vitest", ["run", "--project", "integration"], {
            env: { ...process.env, ...urls },
          });
        },
      ]);
  }
  if ((wants("integration") && whole) || wants("clone"))
    databases.push(["a fresh 0700 clone as root starts its database", rootCloneCheck]);
  if (databases.length > 0) await together("databases", databases);
  if (wants("e2e")) await stage("e2e", () => bin("playwright", ["test", ...specs]));
}

async function stopAll() {
  for (const cluster of clusters.reverse()) await cluster.stop().catch(() => {});
}

main()
  .then(async () => {
    await stopAll();
    log("All test stages passed.");
  })
  .catch(async (error) => {
    process.stderr.write(`\n${error.message}\n`);
    await stopAll();
    process.exit(1);
  });
