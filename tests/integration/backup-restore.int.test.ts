// `npm run backup` / `npm run restore` end to end (issue 18 §5): the test database is backed up
// as its owner and restored into a new, empty database on the same server. Every restored table
// holds the same rows (assessments, findings, drafts, audit log, figures…), a summary read
// through the app's own code from the restored database is the same, and a restore with the
// wrong keys stops with a clear message before writing anything.
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import type { PrismaClient } from "@prisma/client";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { getAssessment, submitAssessment } from "@/lib/dal/assessments";
import { createDraft, saveDraft } from "@/lib/dal/drafts";
import { createPrismaClient } from "@/lib/db";
import { ensureAppRole } from "../../scripts/lib/app-role.mjs";
// @ts-expect-error: a plain .mjs script without types
import { backupDatabase, restoreDatabase } from "../../scripts/lib/backup.mjs";
// @ts-expect-error: a plain .mjs script without types
import { migrate } from "../../scripts/lib/prepare.mjs";
import { validInput } from "./helpers/answers";
import { makeUser } from "./helpers/users";

const owner = process.env.TEST_OWNER_DATABASE_URL;
const keys = {
  encryptionKeys: process.env.ENCRYPTION_KEYS,
  hmacKey: process.env.PATIENT_REF_HMAC_KEY,
};
const dir = mkdtempSync(`${tmpdir()}/kratom-backup-test-`);
const created: string[] = [];

async function sql<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

/** A new empty database on the test server; its owner's URL. */
async function emptyDatabase(): Promise<string> {
  const name = `restore_${randomUUID().replaceAll("-", "")}`;
  await sql(owner!, `create database ${name}`);
  created.push(name);
  const url = new URL(owner!);
  url.pathname = `/${name}`;
  return url.toString();
}

const tableRows = (url: string, table: string) =>
  sql<{ r: string }>(url, `select to_jsonb(t)::text as r from "${table}" t order by 1`).then(
    (rows) => rows.map((x) => x.r),
  );

afterAll(async () => {
  for (const name of created) await sql(owner!, `drop database if exists ${name} with (force)`);
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!owner)("backup and restore", () => {
  it("restores into an empty database with the same rows, and the same summary read back", async () => {
    const clinician = await makeUser("clinician");
    const reference = `MRN-${randomUUID().slice(0, 8)}`;
    const draftId = await createDraft(clinician);
    const outcome = await submitAssessment(clinician, draftId, validInput(reference));
    if (outcome.status !== "stored") throw new Error(outcome.status);
    const open = await createDraft(clinician);
    await saveDraft(clinician, open, validInput("MRN-open"), 2);
    const original = await getAssessment(clinician, outcome.assessmentId);

    const file = `${dir}/backup.json.gz`;
    const counts = await backupDatabase(owner!, file, keys);
    expect(counts.assessment).toBeGreaterThan(0);
    const target = await emptyDatabase();
    const restored = await restoreDatabase(target, file, { ...keys, migrate });
    expect(restored).toEqual(counts);

    // Every table the backup holds: the same rows, value for value.
    for (const table of Object.keys(counts))
      expect(await tableRows(target, table), table).toEqual(await tableRows(owner!, table));

    // The app, reading the restored database as its own role, shows the same summary.
    await ensureAppRole(target, {});
    const appUrl = new URL(target);
    const app = new URL(process.env.DATABASE_URL!);
    appUrl.username = app.username;
    appUrl.password = app.password;
    const g = globalThis as unknown as { prisma?: PrismaClient };
    const saved = g.prisma;
    const restoredClient = createPrismaClient(appUrl.toString());
    g.prisma = restoredClient;
    try {
      const reread = await getAssessment(clinician, outcome.assessmentId);
      expect(reread).toEqual(original);
      expect(reread?.patientReference).toBe(reference);
    } finally {
      g.prisma = saved;
      await restoredClient.$disconnect();
    }

    // Into a database that already has rows: refused, nothing written.
    await expect(restoreDatabase(target, file, { ...keys, migrate })).rejects.toThrow(
      /needs an empty database/,
    );
  }, 180_000);

  it("with the wrong ENCRYPTION_KEYS or HMAC key, stops with a clear message and writes nothing", async () => {
    const file = `${dir}/keys.json.gz`;
    await backupDatabase(owner!, file, keys);
    const target = await emptyDatabase();
    const other = `k1:${randomBytes(32).toString("base64")}`;
    const never = () => {
      throw new Error("must not migrate");
    };
    await expect(
      restoreDatabase(target, file, { ...keys, encryptionKeys: other, migrate: never }),
    ).rejects.toThrow(/ENCRYPTION_KEYS key "k1" is not the key the backup was taken with/);
    await expect(
      restoreDatabase(target, file, {
        ...keys,
        hmacKey: randomBytes(32).toString("base64"),
        migrate: never,
      }),
    ).rejects.toThrow(/PATIENT_REF_HMAC_KEY is not the key/);
    await expect(
      restoreDatabase(target, file, {
        ...keys,
        encryptionKeys: `k2:${randomBytes(32).toString("base64")}`,
        migrate: never,
      }),
    ).rejects.toThrow(/has no key "k1"/);
    const tables = await sql(target, "select 1 from pg_tables where schemaname = 'public'");
    expect(tables).toEqual([]);
  }, 120_000);
});
