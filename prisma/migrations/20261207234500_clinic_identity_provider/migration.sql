-- Clinic sign-in through the clinic's own OpenID Connect provider (docs/ehr-integration.md).
CREATE TABLE "clinic_identity_provider" (
    "id" UUID NOT NULL,
    "clinicId" UUID NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "issuer" VARCHAR(500) NOT NULL,
    "clientId" VARCHAR(200) NOT NULL,
    "clientSecretCipher" TEXT,
    "emailDomain" VARCHAR(253) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "clinic_identity_provider_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "clinic_identity_provider_clinicId_fkey" FOREIGN KEY ("clinicId") REFERENCES "clinic"("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "clinic_identity_provider_emailDomain_key" ON "clinic_identity_provider"("emailDomain");
CREATE INDEX "clinic_identity_provider_clinicId_idx" ON "clinic_identity_provider"("clinicId");
