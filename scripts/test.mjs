#!/usr/bin/env node
// `npm test`: installs what is missing, starts a throwaway PostgreSQL (TEST_DATABASE_URL
// overrides), then typecheck, lint, unit, integration and end-to-end tests in headless Chromium.
import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { ensureChromium } from "./lib/chromium.mjs";
import { freePort, startEmbeddedPostgres } from "./lib/database.mjs";
import { ensureInstalled } from "./lib/install.mjs";
import { migrate, prismaGenerate } from "./lib/prepare.mjs";
import { bin, log } from "./lib/run.mjs";

const only = process.argv.slice(2); // e.g. `npm test -- unit e2e`
const wants = (stage) => only.length === 0 || only.includes(stage);
let database;

async function stage(name, fn) {
  if (!wants(name)) return;
  const started = Date.now();
  log(`── ${name}`);
  await fn();
  log(`── ${name} passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function main() {
  await ensureInstalled();
  await ensureChromium();
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
    process.env.DATABASE_URL = process.env.TEST_DATABASE_URL;
    log("Using the PostgreSQL server in TEST_DATABASE_URL");
  } else {
    const dir = mkdtempSync(`${tmpdir()}/kratom-test-pg-`);
    // mkdtemp makes the folder 0700; as root the server runs as `postgres`, which must enter it.
    chmodSync(dir, 0o755);
    database = await startEmbeddedPostgres({
      dir: `${dir}/data`,
      port: await freePort(),
      persistent: false,
    });
    process.env.DATABASE_URL = database.url;
    log("Started a throwaway embedded PostgreSQL");
  }
  await prismaGenerate();
  await migrate(process.env.DATABASE_URL);

  await stage("build", () => bin("next", ["build"]));
  await stage("typecheck", () => bin("tsc", ["--noEmit"]));
  await stage("lint", () => bin("biome", ["ci", "."]));
  await stage("unit", () => bin("vitest", ["run", "--project", "unit"]));
  await stage("integration", () => bin("vitest", ["run", "--project", "integration"]));
  await stage("e2e", () => bin("playwright", ["test"]));
}

main()
  .then(async () => {
    if (database) await database.stop();
    log("All test stages passed.");
  })
  .catch(async (error) => {
    process.stderr.write(`\n${error.message}\n`);
    if (database) await database.stop().catch(() => {});
    process.exit(1);
  });
