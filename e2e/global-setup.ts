// Creates the e2e accounts (idempotent) before any spec runs: two clinicians and an admin in
// one clinic, a third clinician in another clinic. Refuses to touch a non-local database.

import { ensureClinic, upsertAccount } from "../prisma/accounts";
import { scriptClient } from "../prisma/client";
import { assertLocalDatabase } from "../tests/assert-local-database";
import { E2E_USERS } from "./users";

export default async function globalSetup() {
  assertLocalDatabase();
  const db = scriptClient();
  try {
    for (const user of Object.values(E2E_USERS)) {
      const clinicId = await ensureClinic(db, user.clinic);
      await upsertAccount(db, { ...user, clinicId });
    }
  } finally {
    await db.$disconnect();
  }
}
