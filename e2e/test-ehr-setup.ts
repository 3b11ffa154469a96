// The test EHR for the e2e run: started in Playwright's runner process (global setup) so it
// lives for the whole run, registered for "E2E Clinic One" with its user linked to clinician A
// (the link the first launch makes under "link-by-email"). Its address and a read-back token
// reach the specs through the environment.
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import { linkEhrUser, registerTestEhr } from "../prisma/demo-ehr";
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
    E2E_USERS.clinicianA.email,
  );
  process.env.E2E_EHR_URL = ehr.baseUrl;
  process.env.E2E_EHR_TOKEN = testToken;
  return ehr;
}
