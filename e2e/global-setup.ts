// Creates the e2e accounts (idempotent) before any spec runs: two clinicians and an admin in
// one clinic, a third clinician in another clinic; starts the test EHR. Refuses to touch a
// non-local database.

import { ensureClinic, upsertAccount } from "../prisma/accounts";
import { scriptClient } from "../prisma/client";
import { assertLocalDatabase } from "../tests/assert-local-database";
import { startE2eCdsEhr, startE2eEhr } from "./test-ehr-setup";
import { E2E_USERS } from "./users";

export default async function globalSetup() {
  assertLocalDatabase();
  const db = scriptClient();
  try {
    for (const user of Object.values(E2E_USERS)) {
      const clinicId = await ensureClinic(db, user.clinic);
      await upsertAccount(db, { ...user, clinicId });
    }
    // The test EHR (scripts/test-ehr) for e2e/clinician/ehr-launch.spec.ts; stopped at teardown.
    const port = Number(process.env.E2E_PORT ?? 3100);
    const clinicId = await ensureClinic(db, E2E_USERS.clinicianA.clinic);
    const ehr = await startE2eEhr(db, clinicId, `http://127.0.0.1:${port}`);
    // The demo EHR with the CDS Hooks order page, for e2e/ehr/cds-card.spec.ts.
    const cdsClinic = await ensureClinic(db, E2E_USERS.clinicianCds.clinic);
    const cdsEhr = await startE2eCdsEhr(db, cdsClinic, `http://127.0.0.1:${port}`);
    return async () => {
      await ehr.stop();
      await cdsEhr.stop();
    };
  } finally {
    await db.$disconnect();
  }
}
