-- One-time links where a clinician sets their own password (issue 21 §2): the admin who creates
-- an account or resets a password never knows the password. Only the token's SHA-256 is kept.
CREATE TABLE "account_invitation" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" TEXT NOT NULL,
    "purpose" VARCHAR(16) NOT NULL,
    "tokenHash" CHAR(64) NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),

    CONSTRAINT "account_invitation_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "account_invitation_purpose_check" CHECK ("purpose" IN ('invite', 'reset'))
);

CREATE UNIQUE INDEX "account_invitation_tokenHash_key" ON "account_invitation"("tokenHash");
CREATE INDEX "account_invitation_userId_idx" ON "account_invitation"("userId");

ALTER TABLE "account_invitation" ADD CONSTRAINT "account_invitation_userId_fkey"
    FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
