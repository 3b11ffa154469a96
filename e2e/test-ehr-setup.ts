// The test EHR for the e2e run: started in Playwright's runner process (global setup) so it
// lives for the whole run, registered for "E2E Clinic One" with its user linked to its own clinician (clinicianEhr)
// (the link the first launch makes under "link-by-email"). Its address and a read-back token
// reach the specs through the environment.
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import { linkEhrUser, registerTestEhr } from "../prisma/demo-ehr";
import { spawnCdsDemoEhr } from "../scripts/test-ehr/demo-process.mjs";
import { startTestEhr } from "../scripts/test-ehr/index.mjs";
import { PRACTITIONER } from "../scripts/test-ehr/seed.mjs";
import { E2E_USERS } from "./users";

export async function startE2eEhr(db: PrismaClient, clinicId: string, appUrl: string) {
  const testToken = randomBytes(24).toString("base64url");
  const ehr = await startTestEhr({ appUrls: [appUrl], testToken });
  const connectionId = await registerTestEhr(db, {
    clinicId,
    name: "E2E test EHR",
    issuer: ehr.fhirBase,
    clientId: ehr.clientId,
    clientSecret: ehr.clientSecret,
  });
  await linkEhrUser(
    db,
    connectionId,
    `${ehr.fhirBase}/Practitioner/${PRACTITIONER.id}`,
    E2E_USERS.clinicianEhr.email,
  );
  process.env.E2E_EHR_URL = ehr.baseUrl;
  process.env.E2E_EHR_TOKEN = testToken;
  return ehr;
}

/**
 * The demo EHR with its CDS Hooks order page (scripts/test-ehr/cds-demo.ts, a child process as
 * under `npm start`), registered for the CDS clinician's clinic with its user linked to them;
 * the CDS demo's checklist is theirs. Its address reaches the spec as E2E_CDS_EHR_URL.
 */
export async function startE2eCdsEhr(db: PrismaClient, clinicId: string, appUrl: string) {
  const user = E2E_USERS.clinicianCds;
  const ehr = await spawnCdsDemoEhr({
    BETTER_AUTH_URL: appUrl,
    DEMO_APP_URLS: JSON.stringify([appUrl]),
    CDS_DEMO_CLINICIAN: user.email,
  });
  const issuer = ehr.env.DEMO_EHR_ISSUER;
  const connectionId = await registerTestEhr(db, {
    clinicId,
    name: "E2E CDS demo EHR",
    issuer,
    clientId: ehr.env.DEMO_EHR_CLIENT_ID,
    clientSecret: ehr.env.DEMO_EHR_CLIENT_SECRET,
  });
  await linkEhrUser(db, connectionId, `${issuer}/Practitioner/${PRACTITIONER.id}`, user.email);
  await ehr.ready();
  process.env.E2E_CDS_EHR_URL = ehr.env.DEMO_EHR_URL;
  return ehr;
}
