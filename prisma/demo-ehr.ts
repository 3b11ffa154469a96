// Registers the local test EHR (scripts/test-ehr) for a clinic, as a clinic admin would under
// Admin → EHR: used by `npm start` in demo mode and by the e2e setup. The issuer changes with
// the test EHR's port, so the clinic's registration of that name is updated in place.
import type { PrismaClient } from "@prisma/client";
import { env } from "../lib/env";
import { seal } from "../lib/security/crypto-format";

export async function registerTestEhr(
  db: PrismaClient,
  options: {
    clinicId: string;
    name: string;
    issuer: string;
    clientId: string;
    clientSecret: string;
  },
): Promise<string> {
  const data = {
    issuer: options.issuer,
    clientId: options.clientId,
    clientSecretCipher: seal(options.clientSecret, env().ENCRYPTION_KEYS[0]),
    writeBack: "on-submit",
    userPolicy: "link-by-email",
  };
  const existing = await db.ehrConnection.findFirst({
    where: { clinicId: options.clinicId, name: options.name },
    select: { id: true },
  });
  // A stale registration of the same address (an earlier run on the same port) gives way.
  await db.ehrConnection.deleteMany({
    where: { issuer: options.issuer, NOT: { id: existing?.id } },
  });
  if (existing) {
    await db.ehrConnection.update({ where: { id: existing.id }, data });
    return existing.id;
  }
  const created = await db.ehrConnection.create({
    data: { ...data, clinicId: options.clinicId, name: options.name },
    select: { id: true },
  });
  return created.id;
}

/** Links the EHR's user to a clinician, as the first launch under "link-by-email" would. */
export async function linkEhrUser(
  db: PrismaClient,
  connectionId: string,
  fhirUser: string,
  email: string,
) {
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  await db.ehrUserLink.upsert({
    where: { connectionId_fhirUser: { connectionId, fhirUser } },
    create: { connectionId, fhirUser, userId: user.id },
    update: { userId: user.id },
  });
}

/** The test EHR as the clinic's OpenID Connect provider for sign-in, for one email domain. */
export async function registerTestIdentityProvider(
  db: PrismaClient,
  options: {
    clinicId: string;
    issuer: string;
    clientId: string;
    clientSecret: string;
    emailDomain: string;
  },
) {
  const data = {
    clinicId: options.clinicId,
    name: "Demo EHR sign-in",
    issuer: options.issuer,
    clientId: options.clientId,
    clientSecretCipher: seal(options.clientSecret, env().ENCRYPTION_KEYS[0]),
  };
  await db.clinicIdentityProvider.upsert({
    where: { emailDomain: options.emailDomain },
    create: { ...data, emailDomain: options.emailDomain },
    update: data,
  });
}
