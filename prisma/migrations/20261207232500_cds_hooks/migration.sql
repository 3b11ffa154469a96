-- CDS Hooks service (docs/cds-hooks.md): registered EHRs, seen JWT ids, cards shown, feedback,
-- and the keyed hash that finds a registered EHR's patient's latest assessment.

ALTER TABLE "assessment" ADD COLUMN "fhirPatientKey" VARCHAR(64);
CREATE INDEX "assessment_clinicId_fhirPatientKey_submittedAt_idx"
  ON "assessment"("clinicId", "fhirPatientKey", "submittedAt" DESC);

CREATE TABLE "cds_client" (
    "id" UUID NOT NULL,
    "clinicId" UUID NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "issuer" VARCHAR(255) NOT NULL,
    "jwksUrl" VARCHAR(500) NOT NULL,
    "fhirServer" VARCHAR(500),
    "patientViewEnabled" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "cds_client_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "cds_client_issuer_key" ON "cds_client"("issuer");
CREATE INDEX "cds_client_clinicId_idx" ON "cds_client"("clinicId");
ALTER TABLE "cds_client" ADD CONSTRAINT "cds_client_clinicId_fkey"
  FOREIGN KEY ("clinicId") REFERENCES "clinic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "cds_jwt_seen" (
    "issuer" VARCHAR(255) NOT NULL,
    "jti" VARCHAR(255) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "cds_jwt_seen_pkey" PRIMARY KEY ("issuer","jti")
);
CREATE INDEX "cds_jwt_seen_expiresAt_idx" ON "cds_jwt_seen"("expiresAt");

CREATE TABLE "cds_card" (
    "id" UUID NOT NULL,
    "clinicId" UUID NOT NULL,
    "clientId" UUID NOT NULL,
    "serviceId" VARCHAR(40) NOT NULL,
    "orderKey" VARCHAR(64),
    "medicationId" VARCHAR(80) NOT NULL,
    "findingIds" VARCHAR(80)[],
    "indicator" VARCHAR(16) NOT NULL,
    "shownAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "cds_card_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "cds_card_clinicId_orderKey_idx" ON "cds_card"("clinicId", "orderKey");
CREATE INDEX "cds_card_clinicId_shownAt_idx" ON "cds_card"("clinicId", "shownAt");
ALTER TABLE "cds_card" ADD CONSTRAINT "cds_card_clientId_fkey"
  FOREIGN KEY ("clientId") REFERENCES "cds_client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "cds_feedback" (
    "id" UUID NOT NULL,
    "cardId" UUID NOT NULL,
    "clinicId" UUID NOT NULL,
    "outcome" VARCHAR(16) NOT NULL,
    "overrideReason" VARCHAR(40),
    "outcomeAt" TIMESTAMP(3) NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "cds_feedback_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "cds_feedback_cardId_idx" ON "cds_feedback"("cardId");
CREATE INDEX "cds_feedback_clinicId_receivedAt_idx" ON "cds_feedback"("clinicId", "receivedAt");
ALTER TABLE "cds_feedback" ADD CONSTRAINT "cds_feedback_cardId_fkey"
  FOREIGN KEY ("cardId") REFERENCES "cds_card"("id") ON DELETE CASCADE ON UPDATE CASCADE;
