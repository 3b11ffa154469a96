// The EHR and sign-in ciphertexts under the current key, as part of `npm run rotate-keys`
// (scripts/rotate-keys.ts): registered EHRs' client secrets and private keys, launches' PKCE
// requests, tokens and prefill records, identity providers' client secrets. Small tables, so
// one pass; raw SQL so no other column changes.
import type { PrismaClient } from "@prisma/client";
import { type EncryptionKey, seal, unseal } from "../lib/security/crypto-format";

const SEALED_COLUMNS = [
  ["ehr_connection", "clientSecretCipher"],
  ["ehr_connection", "privateKeyCipher"],
  ["ehr_launch", "requestCipher"],
  ["ehr_launch", "sessionCipher"],
  ["ehr_launch", "prefillCipher"],
  ["clinic_identity_provider", "clientSecretCipher"],
] as const;

/** Re-seals every value not under `keys[0]`; returns how many values (would) change. */
export async function rotateEhrCiphers(
  db: PrismaClient,
  keys: EncryptionKey[],
  dryRun: boolean,
): Promise<number> {
  const [current] = keys;
  let changed = 0;
  for (const [table, column] of SEALED_COLUMNS) {
    // Table and column names come from the fixed list above, never from input.
    const rows = await db.$queryRawUnsafe<{ id: string; value: string }[]>(
      `select id::text as id, "${column}" as value from "${table}" where "${column}" is not null and "${column}" not like $1`,
      `${current.id}.%`,
    );
    changed += rows.length;
    if (dryRun) continue;
    for (const row of rows)
      await db.$executeRawUnsafe(
        `update "${table}" set "${column}" = $1 where id = $2::uuid`,
        seal(unseal(row.value, keys), current),
        row.id,
      );
  }
  return changed;
}
