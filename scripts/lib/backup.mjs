// A logical backup of the app's database, and its restore (issue 18 §5). The embedded
// PostgreSQL package ships only initdb, pg_ctl and postgres (no pg_dump), and Debian's pg_dump
// is older than the embedded server (it refuses a newer one), so the app dumps its own tables
// through `pg`: every row of every table as JSON, in one consistent snapshot, with the applied
// migrations and fingerprints of the keys the data is sealed and hashed under. Restoring checks
// the keys first, so the wrong ENCRYPTION_KEYS stop it with a clear message before anything is
// written, then loads the rows in foreign-key order in one transaction.
import { createHmac } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { createInterface } from "node:readline";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";

export const FORMAT = "kratom-checklist-backup";
const FORMAT_VERSION = 1;
/** Rows with no value after a restore: sessions and counters (a restore signs everyone out). */
const EPHEMERAL = new Set([
  "_prisma_migrations",
  "session",
  "rate_limit",
  "action_rate_limit",
  "aggregate_publish_lease",
]);
const CHUNK = 2000;

/** `id:base64key,…` as lib/env.ts reads it; only ids and fingerprints leave this function. */
export function keyFingerprints(encryptionKeys, hmacKey) {
  const fingerprint = (base64) =>
    createHmac("sha256", Buffer.from(base64, "base64"))
      .update(`${FORMAT} key check`)
      .digest("hex")
      .slice(0, 16);
  const keys = String(encryptionKeys ?? "")
    .split(",")
    .filter(Boolean)
    .map((entry) => {
      const colon = entry.indexOf(":");
      return {
        id: entry.slice(0, colon).trim(),
        fingerprint: fingerprint(entry.slice(colon + 1).trim()),
      };
    });
  return { keys, hmac: hmacKey ? fingerprint(hmacKey) : null };
}

/** Why these keys cannot read a backup taken under `expected`, or null when they can. */
export function keyMismatch(expected, actual) {
  const problems = [];
  for (const key of expected.keys) {
    const here = actual.keys.find((k) => k.id === key.id);
    if (!here) problems.push(`ENCRYPTION_KEYS has no key "${key.id}"`);
    else if (here.fingerprint !== key.fingerprint)
      problems.push(`ENCRYPTION_KEYS key "${key.id}" is not the key the backup was taken with`);
  }
  if (expected.hmac && expected.hmac !== actual.hmac)
    problems.push("PATIENT_REF_HMAC_KEY is not the key the backup was taken with");
  if (problems.length === 0) return null;
  return `This backup cannot be restored with this environment's keys: ${problems.join("; ")}. Nothing was written. Restore with the ENCRYPTION_KEYS and PATIENT_REF_HMAC_KEY in use when the backup was taken (the stored patient references and answers are sealed under them).`;
}

const ident = (name) => `"${name.replaceAll('"', '""')}"`;

async function appliedMigrations(client) {
  const exists = await client.query("select to_regclass('public._prisma_migrations') as t");
  if (!exists.rows[0].t) return null;
  const { rows } = await client.query(
    `select migration_name from _prisma_migrations
     where finished_at is not null and rolled_back_at is null order by migration_name`,
  );
  return rows.map((r) => r.migration_name);
}

/** The app's tables, parents before children (foreign keys), ephemeral ones left out. */
async function tablesInOrder(client) {
  const { rows: tables } = await client.query(
    "select tablename from pg_tables where schemaname = 'public' order by tablename",
  );
  const { rows: edges } = await client.query(`
    select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
    from pg_constraint c join pg_namespace n on n.oid = c.connamespace
    where c.contype = 'f' and n.nspname = 'public' and c.conrelid <> c.confrelid`);
  const names = tables.map((t) => t.tablename).filter((t) => !EPHEMERAL.has(t));
  const unquote = (s) => s.replace(/^"|"$/g, "");
  const parents = new Map(names.map((n) => [n, new Set()]));
  for (const e of edges) parents.get(unquote(e.child))?.add(unquote(e.parent));
  const ordered = [];
  const visit = (name, path = new Set()) => {
    if (ordered.includes(name) || !parents.has(name)) return;
    if (path.has(name)) throw new Error(`Foreign keys form a cycle at ${name}`);
    path.add(name);
    for (const p of parents.get(name)) visit(p, path);
    ordered.push(name);
  };
  for (const n of names) visit(n);
  return ordered;
}

/** Writes the backup of the database at `url` (its owner) to `file` (gzip, mode 0600). */
export async function backupDatabase(url, file, { encryptionKeys, hmacKey }) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const gzip = createGzip();
  const done = pipeline(gzip, createWriteStream(file, { mode: 0o600 }));
  const write = (value) =>
    new Promise((resolve) => {
      if (gzip.write(`${JSON.stringify(value)}\n`)) resolve();
      else gzip.once("drain", resolve);
    });
  const counts = {};
  try {
    // One snapshot for every table: the backup is consistent even while the app writes.
    await client.query("begin isolation level repeatable read read only");
    const migrations = await appliedMigrations(client);
    if (!migrations)
      throw new Error("This database has no migrations applied: nothing to back up.");
    const tables = await tablesInOrder(client);
    await write({
      format: FORMAT,
      formatVersion: FORMAT_VERSION,
      takenAt: new Date().toISOString(),
      migrations,
      tables,
      keys: keyFingerprints(encryptionKeys, hmacKey),
    });
    for (const table of tables) {
      counts[table] = 0;
      await client.query(
        `declare rows no scroll cursor for select to_jsonb(t) as r from ${ident(table)} t`,
      );
      for (;;) {
        const { rows } = await client.query(`fetch ${CHUNK} from rows`);
        if (rows.length === 0) break;
        counts[table] += rows.length;
        await write({ t: table, rows: rows.map((r) => r.r) });
      }
      await client.query("close rows");
    }
    await write({ end: true, counts });
    await client.query("commit");
  } finally {
    gzip.end();
    await done.catch(() => {});
    await client.end();
  }
  return counts;
}

async function* lines(file) {
  const reader = createInterface({
    input: createReadStream(file).pipe(createGunzip()),
    crlfDelay: Infinity,
  });
  for await (const line of reader) if (line) yield JSON.parse(line);
}

/** The backup's first line, checked: what it holds and under which keys. */
export async function readHeader(file) {
  for await (const header of lines(file)) {
    if (header.format !== FORMAT || header.formatVersion !== FORMAT_VERSION)
      throw new Error(`${file} is not a backup this version of the app can read.`);
    return header;
  }
  throw new Error(`${file} is empty.`);
}

/**
 * Restores `file` into the database at `url` (its owner), which must hold the same migrations
 * and no rows: `migrate(url)` runs first when it has no schema yet. The key check comes first of
 * all, so the wrong keys leave the target untouched.
 */
export async function restoreDatabase(url, file, { encryptionKeys, hmacKey, migrate }) {
  const header = await readHeader(file);
  const mismatch = keyMismatch(header.keys, keyFingerprints(encryptionKeys, hmacKey));
  if (mismatch) throw new Error(mismatch);
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    let applied = await appliedMigrations(client);
    if (!applied) {
      await migrate(url);
      applied = await appliedMigrations(client);
    }
    if (JSON.stringify(applied) !== JSON.stringify(header.migrations))
      throw new Error(
        `The backup was taken at schema version ${header.migrations.at(-1)}; this database is at ${applied.at(-1)}. Restore with the app version the backup was taken with, then upgrade.`,
      );
    for (const table of header.tables) {
      const { rows } = await client.query(`select exists (select 1 from ${ident(table)}) as any`);
      if (rows[0].any)
        throw new Error(
          `Restore needs an empty database, and table ${table} has rows. Nothing was written.`,
        );
    }
    await client.query("begin");
    const counts = Object.fromEntries(header.tables.map((t) => [t, 0]));
    let ended = null;
    let first = true;
    for await (const entry of lines(file)) {
      if (first) {
        first = false;
        continue;
      }
      if (entry.end) {
        ended = entry.counts;
        break;
      }
      if (!header.tables.includes(entry.t))
        throw new Error(`Unknown table ${entry.t} in the backup.`);
      await client.query(
        `insert into ${ident(entry.t)} select * from jsonb_populate_recordset(null::${ident(entry.t)}, $1::jsonb)`,
        [JSON.stringify(entry.rows)],
      );
      counts[entry.t] += entry.rows.length;
    }
    if (!ended || header.tables.some((t) => (counts[t] ?? 0) !== (ended[t] ?? 0)))
      throw new Error(
        "The backup file is incomplete (it ends before its last table). Nothing was written.",
      );
    // Serial columns continue after the restored rows.
    const { rows: serials } = await client.query(`
      select table_name, column_name from information_schema.columns
      where table_schema = 'public' and column_default like 'nextval(%'`);
    for (const s of serials)
      if (header.tables.includes(s.table_name))
        await client.query(
          `select setval(pg_get_serial_sequence($1, $2), coalesce((select max(${ident(s.column_name)}) from ${ident(s.table_name)}), 0) + 1, false)`,
          [s.table_name, s.column_name],
        );
    await client.query("commit");
    return counts;
  } catch (error) {
    await client.query("rollback").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
