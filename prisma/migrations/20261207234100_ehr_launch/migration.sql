-- SMART on FHIR: registered EHRs per clinic, the EHR user ↔ clinician links, and launches
-- (docs/ehr-integration.md). Secrets, tokens and launch context are sealed by the app.
CREATE TABLE "ehr_connection" (
    "id" UUID NOT NULL,
    "clinicId" UUID NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "issuer" VARCHAR(500) NOT NULL,
    "clientId" VARCHAR(200) NOT NULL,
    "clientSecretCipher" TEXT,
    "privateKeyCipher" TEXT,
    "writeBack" VARCHAR(16) NOT NULL DEFAULT 'on-submit',
    "userPolicy" VARCHAR(16) NOT NULL DEFAULT 'link-by-email',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ehr_connection_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "ehr_connection_clinicId_fkey" FOREIGN KEY ("clinicId") REFERENCES "clinic"("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "ehr_connection_issuer_key" ON "ehr_connection"("issuer");
CREATE INDEX "ehr_connection_clinicId_idx" ON "ehr_connection"("clinicId");

CREATE TABLE "ehr_user_link" (
    "connectionId" UUID NOT NULL,
    "fhirUser" VARCHAR(500) NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ehr_user_link_pkey" PRIMARY KEY ("connectionId", "fhirUser"),
    CONSTRAINT "ehr_user_link_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "ehr_connection"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ehr_user_link_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "ehr_launch" (
    "id" UUID NOT NULL,
    "connectionId" UUID NOT NULL,
    "stateHash" VARCHAR(64) NOT NULL,
    "requestCipher" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMP(3),
    "userId" TEXT,
    "sessionCipher" TEXT,
    "draftId" UUID,
    "prefillCipher" TEXT,
    "confirmedAt" TIMESTAMP(3),
    "writeStatus" VARCHAR(16),
    "writeResult" JSONB,
    "forgottenAt" TIMESTAMP(3),
    CONSTRAINT "ehr_launch_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "ehr_launch_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "ehr_connection"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "ehr_launch_stateHash_key" ON "ehr_launch"("stateHash");
CREATE UNIQUE INDEX "ehr_launch_draftId_key" ON "ehr_launch"("draftId");
CREATE INDEX "ehr_launch_userId_createdAt_idx" ON "ehr_launch"("userId", "createdAt");
