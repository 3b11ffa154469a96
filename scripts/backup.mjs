#!/usr/bin/env node
// `npm run backup [-- file]` and `npm run restore -- file` (docs/operations.md).
//
// The database: the server in MIGRATION_DATABASE_URL / DATABASE_URL when set (as its owner),
// otherwise the embedded one of `npm start` (started here for the run when it is not already
// running). A backup holds the assessments, drafts, findings, audit log, accounts (with their
// password hashes) and figures: it is written mode 0600 and must be kept as carefully as the
// database. A restore needs an empty database (a fresh data folder, or a new external database)
// and the keys the backup was taken with; it checks them before writing anything.
import { existsSync, mkdirSync } from "node:fs";
import { ensureAppRole } from "./lib/app-role.mjs";
import { backupDatabase, restoreDatabase } from "./lib/backup.mjs";
import { persistentDataDir, portInUse, startCluster } from "./lib/database.mjs";
import { migrate } from "./lib/prepare.mjs";
import { fail, log, root } from "./lib/run.mjs";
import { ensureSecrets } from "./lib/secrets.mjs";

const [mode, fileArg] = process.argv.slice(2);

/** The owner's URL, and a stop function when this run started the embedded database. */
async function database() {
  if (process.env.DATABASE_URL)
    return {
      ownerUrl: process.env.MIGRATION_DATABASE_URL ?? process.env.DATABASE_URL,
      external: true,
    };
  const port = Number(process.env.PGPORT ?? 54329);
  const password = encodeURIComponent(process.env.PG_OWNER_PASSWORD);
  if (await portInUse(port))
    return { ownerUrl: `postgresql://postgres:${password}@127.0.0.1:${port}/kratom` };
  const cluster = await startCluster({
    dir: persistentDataDir(root),
    port,
    persistent: true,
    ownerPassword: process.env.PG_OWNER_PASSWORD,
  });
  return { ownerUrl: cluster.ownerUrl, stop: cluster.stop };
}

async function main() {
  if (mode !== "backup" && mode !== "restore")
    fail("Usage: scripts/backup.mjs backup|restore [file]");
  if (mode === "restore" && !fileArg)
    fail("Name the backup to restore: npm run restore -- backups/<file>.json.gz");
  if (mode === "restore" && !existsSync(fileArg)) fail(`${fileArg} does not exist.`);
  // The same keys as the app: .env for a local run, the real environment otherwise.
  ensureSecrets();
  const keys = {
    encryptionKeys: process.env.ENCRYPTION_KEYS,
    hmacKey: process.env.PATIENT_REF_HMAC_KEY,
  };
  const db = await database();
  try {
    if (mode === "backup") {
      mkdirSync(`${root}/backups`, { recursive: true, mode: 0o700 });
      const file =
        fileArg ??
        `${root}/backups/kratom-${new Date().toISOString().replace(/[:.]/g, "-")}.json.gz`;
      const counts = await backupDatabase(db.ownerUrl, file, keys);
      log(`Backup written to ${file} (${summary(counts)}).`);
    } else {
      const counts = await restoreDatabase(db.ownerUrl, fileArg, { ...keys, migrate });
      if (!db.external)
        await ensureAppRole(db.ownerUrl, { password: process.env.DATABASE_APP_PASSWORD });
      else if (process.env.MIGRATION_DATABASE_URL)
        await ensureAppRole(db.ownerUrl, { role: new URL(process.env.DATABASE_URL).username });
      log(`Restored ${fileArg} (${summary(counts)}).`);
    }
  } finally {
    await db.stop?.();
  }
}

const summary = (counts) =>
  ["assessment", "draft", "audit_event", "aggregate_release"]
    .map((t) => `${counts[t] ?? 0} ${t}`)
    .join(", ");

main().catch((error) => {
  process.stderr.write(`\n${error.message}\n`);
  process.exit(1);
});
