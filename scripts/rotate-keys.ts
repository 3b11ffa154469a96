// Re-encrypts stored ciphertext under the current encryption key, and optionally recomputes the
// patient-reference hashes under the current HMAC key (docs/security.md, "Key rotation").
//
//   1. Prepend a new key:  ENCRYPTION_KEYS="k2:<new>,k1:<old>"  and restart the app. New rows use
//      k2; old rows still decrypt with k1.
//   2. npm run rotate-keys -- --dry-run     (counts what would change)
//      npm run rotate-keys                  (re-encrypts every row not yet under k2)
//   3. Drop k1 from ENCRYPTION_KEYS once the run reports 0 rows left.
//
//   HMAC key: set the new PATIENT_REF_HMAC_KEY, stop the app (or accept that repeat-assessment
//   counts are off for the minutes in between), run `npm run rotate-keys -- --rehash`, start it.
//   The plaintext reference needed for that comes from the ciphertext, never from outside.
//
// Uses the app's configuration (lib/env.ts), so it runs with the same environment as the app.
// It duplicates the small sealing format of lib/security/patient-reference.ts (a server-only
// module that scripts cannot import); tests/integration/security-keys.int.test.ts checks
// that both agree.
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { env } from "../lib/env";
import { scriptClient } from "../prisma/client";

export interface Key {
  id: string;
  key: Buffer;
}

export function seal(plain: string, key: Key): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key.key, iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [key.id, ...[iv, cipher.getAuthTag(), body].map((b) => b.toString("base64url"))].join(".");
}

export function unseal(sealed: string, keys: Key[]): string {
  const [keyId, iv, tag, body] = sealed.split(".");
  const key = keys.find((k) => k.id === keyId);
  if (!key || !iv || !tag || body === undefined)
    throw new Error(`Unreadable ciphertext or key id "${keyId}" not in ENCRYPTION_KEYS`);
  const decipher = createDecipheriv("aes-256-gcm", key.key, Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([
    decipher.update(Buffer.from(body, "base64url")),
    decipher.final(),
  ]).toString("utf8");
}

export function referenceHash(reference: string, clinicianId: string, hmacKey: Buffer): string {
  const normalised = reference.trim().toUpperCase().replace(/\s+/g, " ");
  return createHmac("sha256", hmacKey).update(`${clinicianId}\u0000${normalised}`).digest("hex");
}

/** Under the current key already? Then re-encrypting would only churn rows. */
const isCurrent = (sealed: string, current: Key) => sealed.startsWith(`${current.id}.`);

export interface RotationReport {
  assessments: number;
  drafts: number;
  rehashed: number;
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
  const report: RotationReport = { assessments: 0, drafts: 0, rehashed: 0 };

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
  return report;
}

async function main() {
  const { values } = parseArgs({
    options: {
      "dry-run": { type: "boolean", default: false },
      rehash: { type: "boolean", default: false },
    },
    strict: true,
  });
  const config = env();
  const db = scriptClient(config.DATABASE_URL);
  try {
    const report = await rotate(db, {
      keys: config.ENCRYPTION_KEYS,
      hmacKey: Buffer.from(config.PATIENT_REF_HMAC_KEY, "base64"),
      rehash: values.rehash,
      dryRun: values["dry-run"],
    });
    const verb = values["dry-run"] ? "would change" : "changed";
    console.log(
      `Current key "${config.ENCRYPTION_KEYS[0].id}": ${verb} ${report.assessments} assessments, ` +
        `${report.drafts} drafts; ${values.rehash ? `${verb} ${report.rehashed} patient-reference hashes` : "hashes untouched (--rehash)"}.`,
    );
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
