// Re-encrypts stored ciphertext under the current encryption key, and optionally recomputes the
// patient-reference hashes under the current HMAC key (docs/security.md, "Key rotation").
//
//   1. Prepend a new key:  ENCRYPTION_KEYS="k2:<new>,k1:<old>"  and restart the app. New rows use
//      k2; old rows still decrypt with k1.
//   2. npm run rotate-keys -- --dry-run     (counts what would change)
//      npm run rotate-keys                  (re-encrypts every row not yet under k2)
//   3. Drop k1 from ENCRYPTION_KEYS once the run reports 0 rows left.
//
//   Finding contents are sealed too (lib/dal/finding-content.ts) and rotate with the rest;
//   `--clear-findings` only seals rows still in clear (npm start runs it after migrating).
//
//   HMAC key: set the new PATIENT_REF_HMAC_KEY, stop the app (or accept that repeat-assessment
//   counts are off for the minutes in between), run `npm run rotate-keys -- --rehash`, start it.
//   The plaintext reference needed for that comes from the ciphertext, never from outside.
//
// Uses the app's configuration (lib/env.ts), so it runs with the same environment as the app.
// It seals and hashes with lib/security/crypto-format.ts, the same functions the app uses
// (lib/security/patient-reference.ts is server-only; the formats live apart so scripts can
// share them); tests/integration/security-keys.int.test.ts checks that both agree.
import { parseArgs } from "node:util";
import { env } from "../lib/env";
import {
  type EncryptionKey as Key,
  referenceHash,
  seal,
  unseal,
} from "../lib/security/crypto-format";
import { scriptClient } from "../prisma/client";
import { rotateEhrCiphers } from "./rotate-ehr-keys";

// The bench and e2e fixtures seal rows through this script's exports.
export { referenceHash, seal, unseal };

/** Under the current key already? Then re-encrypting would only churn rows. */
const isCurrent = (sealed: string, current: Key) => sealed.startsWith(`${current.id}.`);

export interface RotationReport {
  assessments: number;
  drafts: number;
  /** Finding rows resealed under the current key, or sealed for the first time. */
  findings: number;
  rehashed: number;
}

type ScriptDb = ReturnType<typeof scriptClient>;

/** Writes sealed finding contents (a JSON string each, as lib/dal/finding-content.ts reads them). */
async function writeFindings(db: ScriptDb, ids: string[], sealed: string[]) {
  if (ids.length === 0) return;
  await db.$executeRaw`update finding f set content = to_jsonb(x.c)
    from unnest(${ids}::uuid[], ${sealed}::text[]) as x(id, c) where f.id = x.id`;
}

/**
 * Seals the finding contents still stored in clear (rows written before findings were
 * encrypted): `npm start` runs this after migrating, so no clear row outlives an upgrade.
 * Returns how many rows it sealed.
 */
export async function sealClearFindings(db: ScriptDb, key: Key, batch = 500): Promise<number> {
  let sealed = 0;
  for (;;) {
    const rows = await db.$queryRaw<{ id: string; content: unknown }[]>`
      select id::text as id, content from finding where jsonb_typeof(content) <> 'string'
      limit ${batch}`;
    if (rows.length === 0) return sealed;
    await writeFindings(
      db,
      rows.map((r) => r.id),
      rows.map((r) => seal(JSON.stringify(r.content), key)),
    );
    sealed += rows.length;
  }
}

export async function rotate(
  db: ReturnType<typeof scriptClient>,
  options: {
    keys: Key[];
    hmacKey: Buffer;
    rehash: boolean;
    dryRun: boolean;
    batch?: number;
    /** Limits the run to these clinicians' rows (tests, or a staged rollout). */
    clinicianIds?: string[];
  },
): Promise<RotationReport> {
  const [current] = options.keys;
  const scope = options.clinicianIds ? { clinicianId: { in: options.clinicianIds } } : {};
  const batch = options.batch ?? 200;
  const report: RotationReport = { assessments: 0, drafts: 0, findings: 0, rehashed: 0 };

  for (let cursor = ""; ; ) {
    const rows = await db.assessment.findMany({
      where: { ...scope, id: { gt: cursor || "00000000-0000-0000-0000-000000000000" } },
      orderBy: { id: "asc" },
      take: batch,
      select: {
        id: true,
        clinicianId: true,
        patientRefCipher: true,
        patientRefHash: true,
        answersCipher: true,
      },
    });
    if (rows.length === 0) break;
    cursor = rows[rows.length - 1].id;
    for (const row of rows) {
      const reseal =
        !isCurrent(row.patientRefCipher, current) || !isCurrent(row.answersCipher, current);
      const reference = unseal(row.patientRefCipher, options.keys);
      const hash = referenceHash(reference, row.clinicianId, options.hmacKey);
      const rehash = options.rehash && hash !== row.patientRefHash;
      if (!reseal && !rehash) continue;
      if (reseal) report.assessments++;
      if (rehash) report.rehashed++;
      if (options.dryRun) continue;
      const refCipher = reseal ? seal(reference, current) : row.patientRefCipher;
      const answers = reseal
        ? seal(unseal(row.answersCipher, options.keys), current)
        : row.answersCipher;
      // Raw SQL: a key rotation is not an edit, so no updatedAt or other column changes.
      await db.$executeRaw`update assessment set "patientRefCipher" = ${refCipher},
        "answersCipher" = ${answers}, "patientRefHash" = ${rehash ? hash : row.patientRefHash}
        where id = ${row.id}::uuid`;
    }
  }

  for (let cursor = ""; ; ) {
    const rows = await db.draft.findMany({
      where: { ...scope, id: { gt: cursor || "00000000-0000-0000-0000-000000000000" } },
      orderBy: { id: "asc" },
      take: batch,
      select: { id: true, payload: true },
    });
    if (rows.length === 0) break;
    cursor = rows[rows.length - 1].id;
    for (const row of rows) {
      if (isCurrent(row.payload, current)) continue;
      report.drafts++;
      if (options.dryRun) continue;
      const payload = seal(unseal(row.payload, options.keys), current);
      await db.$executeRaw`update draft set payload = ${payload} where id = ${row.id}::uuid`;
    }
  }
  for (let cursor = ""; ; ) {
    const rows = await db.finding.findMany({
      where: {
        ...(options.clinicianIds ? { assessment: scope } : {}),
        id: { gt: cursor || "00000000-0000-0000-0000-000000000000" },
      },
      orderBy: { id: "asc" },
      take: batch,
      select: { id: true, content: true },
    });
    if (rows.length === 0) break;
    cursor = rows[rows.length - 1].id;
    const stale = rows.filter(
      (r) => typeof r.content !== "string" || !isCurrent(r.content, current),
    );
    report.findings += stale.length;
    if (options.dryRun) continue;
    await writeFindings(
      db,
      stale.map((r) => r.id),
      stale.map((r) =>
        seal(
          typeof r.content === "string"
            ? unseal(r.content, options.keys)
            : JSON.stringify(r.content),
          current,
        ),
      ),
    );
  }
  return report;
}

async function main() {
  const { values } = parseArgs({
    options: {
      "dry-run": { type: "boolean", default: false },
      rehash: { type: "boolean", default: false },
      "clear-findings": { type: "boolean", default: false },
    },
    strict: true,
  });
  const config = env();
  // As the owner (MIGRATION_DATABASE_URL) when known: the app's role may not rewrite submitted
  // assessments or findings (docs/security.md, "Database roles").
  const db = scriptClient();
  try {
    if (values["clear-findings"]) {
      const sealed = await sealClearFindings(db, config.ENCRYPTION_KEYS[0]);
      if (sealed > 0) console.log(`Sealed ${sealed} finding rows stored in clear.`);
      return;
    }
    const report = await rotate(db, {
      keys: config.ENCRYPTION_KEYS,
      hmacKey: Buffer.from(config.PATIENT_REF_HMAC_KEY, "base64"),
      rehash: values.rehash,
      dryRun: values["dry-run"],
    });
    const verb = values["dry-run"] ? "would change" : "changed";
    console.log(
      `Current key "${config.ENCRYPTION_KEYS[0].id}": ${verb} ${report.assessments} assessments, ` +
        `${report.drafts} drafts, ${report.findings} findings; ${values.rehash ? `${verb} ${report.rehashed} patient-reference hashes` : "hashes untouched (--rehash)"}.`,
    );
    const ehr = await rotateEhrCiphers(db, config.ENCRYPTION_KEYS, values["dry-run"]);
    console.log(`EHR and sign-in secrets, tokens and launch records: ${verb} ${ehr} values.`);
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1]?.endsWith("rotate-keys.ts")) {
  main().catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
