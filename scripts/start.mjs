#!/usr/bin/env node
// `npm start`: install what is missing, start PostgreSQL (embedded unless DATABASE_URL is
// set), migrate, seed the demo accounts, build when sources changed, and serve on :3000.
// Ctrl-C stops the app and the embedded database cleanly.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { APP_ROLE, appUrlFrom, ensureAppRole, PUBLISHER_ROLE } from "./lib/app-role.mjs";
import { persistentDataDir, startCluster } from "./lib/database.mjs";
import { ensureInstalled } from "./lib/install.mjs";
import { migrate, prismaGenerate } from "./lib/prepare.mjs";
import { bin, fail, log, root } from "./lib/run.mjs";
import { ensureSecrets } from "./lib/secrets.mjs";
import { sourceHash } from "./lib/source-hash.mjs";
import { CANNOT_START } from "./lib/supervisor.mjs";
import { startDemoEhr } from "./test-ehr/demo.mjs";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
let database;
let server;
let demoEhr;
let stopping = false;
let restarts = 0;
let publisher;

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  if (publisher && publisher.exitCode === null) publisher.kill("SIGTERM");
  if (server && server.exitCode === null) {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
  }
  await demoEhr?.stop();
  if (database) {
    log("Stopping embedded PostgreSQL…");
    await database.stop().catch(() => {});
  }
  process.exit(code);
}
process.on("SIGINT", () => shutdown(0));
process.on("SIGTERM", () => shutdown(0));

async function main() {
  await ensureInstalled();
  ensureSecrets();
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  process.env.BETTER_AUTH_URL ??= `http://localhost:${port}`;
  process.env.DEMO_MODE ??= "true";

  // Migrations run as the database owner; the app connects as a least-privilege role
  // (scripts/lib/app-role.mjs, docs/security.md "Database roles").
  let ownerUrl;
  if (!process.env.DATABASE_URL) {
    const pgPort = Number(process.env.PGPORT ?? 54329);
    const dir = persistentDataDir(root);
    database = await startCluster({
      dir,
      port: pgPort,
      persistent: true,
      ownerPassword: process.env.PG_OWNER_PASSWORD,
    });
    ownerUrl = database.ownerUrl;
    process.env.DATABASE_URL = appUrlFrom(ownerUrl, process.env.DATABASE_APP_PASSWORD);
    process.env.PUBLISHER_DATABASE_URL = appUrlFrom(
      ownerUrl,
      process.env.DATABASE_PUBLISHER_PASSWORD,
      PUBLISHER_ROLE,
    );
    // Scripts run beside npm start in another terminal find the port here (prisma/client.ts).
    mkdirSync(`${root}/.data`, { recursive: true });
    writeFileSync(`${root}/.data/port`, `${pgPort}\n`);
    log(`Embedded PostgreSQL on 127.0.0.1:${pgPort} (data in ${dir})`);
  } else {
    ownerUrl = process.env.MIGRATION_DATABASE_URL ?? process.env.DATABASE_URL;
    log("Using the PostgreSQL server in DATABASE_URL");
  }

  await bin("tsx", ["scripts/check-env.ts"]);
  await prismaGenerate();
  await migrate(ownerUrl);
  if (database)
    await ensureAppRole(ownerUrl, {
      role: APP_ROLE,
      password: process.env.DATABASE_APP_PASSWORD,
      publisher: { role: PUBLISHER_ROLE, password: process.env.DATABASE_PUBLISHER_PASSWORD },
    });
  else if (process.env.MIGRATION_DATABASE_URL) {
    const publisher = process.env.PUBLISHER_DATABASE_URL;
    await ensureAppRole(ownerUrl, {
      role: new URL(process.env.DATABASE_URL).username,
      publisher: publisher ? { role: new URL(publisher).username } : false,
    });
  } else
    log(
      "Warning: the app connects as the role that migrates. Set MIGRATION_DATABASE_URL to the owner and DATABASE_URL to a least-privilege role (docs/security.md).",
    );
  // Findings stored before their content was encrypted are sealed before the app serves them
  // (as the owner: a one-off data migration, not something the app's role does).
  await bin("tsx", ["scripts/rotate-keys.ts", "--clear-findings"], {
    env: { ...process.env, DATABASE_URL: ownerUrl },
  });
  if (process.env.DEMO_MODE === "true") demoEhr = await startDemoEhr(port, ownerUrl);
  await bin("tsx", ["prisma/seed.ts"], {
    env: { ...process.env, MIGRATION_DATABASE_URL: ownerUrl },
  });
  await demoEhr?.ready();

  if (dev) {
    server = spawn(`${root}/node_modules/.bin/next`, ["dev", "-p", String(port)], {
      cwd: root,
      stdio: "inherit",
    });
    // `next dev` has no supervisor: the publisher runs beside it (scripts/serve.mjs does this
    // in production).
    publisher = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", `${root}/scripts/publisher.ts`],
      { cwd: root, stdio: "inherit" },
    );
  } else {
    const stamp = `${root}/.next/.source-hash`;
    const hash = sourceHash();
    if (!existsSync(stamp) || readFileSync(stamp, "utf8") !== hash) {
      log("Building the app (next build)…");
      await bin("next", ["build"]);
      writeFileSync(stamp, hash);
    } else log("Sources unchanged since the last build: skipping next build");
    serve();
  }
  log(`Serving http://localhost:${port} — Ctrl-C stops the app and the database`);
  if (dev) server.on("exit", (code) => shutdown(code ?? 0));
}

/**
 * One app process per core behind one port, and the publisher (scripts/serve.mjs, which
 * restarts its own workers). Should the supervisor itself exit, it is started again after a
 * growing pause: the database is stopped only by Ctrl-C / SIGTERM, never by an app crash.
 */
function serve() {
  const started = Date.now();
  server = spawn(process.execPath, [`${root}/scripts/serve.mjs`, "--port", String(port)], {
    cwd: root,
    stdio: "inherit",
  });
  server.on("exit", (code, signal) => {
    if (stopping) return;
    // No app process ever listened (a broken build or configuration): restarting cannot help.
    if (code === CANNOT_START) {
      shutdown(1);
      return;
    }
    restarts = Date.now() - started > 60_000 ? 1 : restarts + 1;
    const wait = Math.min(30_000, 1_000 * 2 ** (restarts - 1));
    log(`The app server exited (${signal ?? code}); starting it again in ${wait / 1000} s.`);
    setTimeout(() => stopping || serve(), wait);
  });
}

main().catch(async (error) => {
  process.stderr.write(`\n${error.message}\n`);
  if (database) await database.stop().catch(() => {});
  fail("npm start did not finish: see the message above.");
});
