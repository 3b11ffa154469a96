import "server-only";
import { audit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { decryptText, encryptText } from "@/lib/security/patient-reference";

export interface IdentityProvider {
  id: string;
  clinicId: string;
  name: string;
  issuer: string;
  clientId: string;
  clientSecret: string | null;
  emailDomain: string;
}

type Row = Omit<IdentityProvider, "clientSecret"> & { clientSecretCipher: string | null };
const fromRow = ({ clientSecretCipher, ...row }: Row): IdentityProvider => ({
  ...row,
  clientSecret: clientSecretCipher ? decryptText(clientSecretCipher) : null,
});

export const emailDomainOf = (email: string) => email.trim().toLowerCase().split("@").at(-1) ?? "";

/** The provider for an email's domain, or null (that organisation signs in with passwords). */
export async function providerForEmail(email: string): Promise<IdentityProvider | null> {
  const row = await db.clinicIdentityProvider.findUnique({
    where: { emailDomain: emailDomainOf(email) },
  });
  return row ? fromRow(row) : null;
}

export async function providerById(id: string): Promise<IdentityProvider | null> {
  const row = await db.clinicIdentityProvider.findUnique({ where: { id } });
  return row ? fromRow(row) : null;
}

export interface IdentityProviderInput {
  name: string;
  issuer: string;
  clientId: string;
  clientSecret?: string;
  emailDomain: string;
}

/** An admin registers their clinic's provider for one email domain (not another clinic's domain). */
export async function registerIdentityProvider(
  admin: SessionUser,
  input: IdentityProviderInput,
): Promise<string | null> {
  const emailDomain = input.emailDomain.trim().toLowerCase();
  const taken = await db.clinicIdentityProvider.findUnique({
    where: { emailDomain },
    select: { clinicId: true },
  });
  if (taken && taken.clinicId !== admin.clinicId) return null;
  const data = {
    name: input.name,
    issuer: input.issuer.replace(/\/+$/, ""),
    clientId: input.clientId,
    ...(input.clientSecret ? { clientSecretCipher: encryptText(input.clientSecret) } : {}),
  };
  const row = await db.clinicIdentityProvider.upsert({
    where: { emailDomain },
    create: { ...data, emailDomain, clinicId: admin.clinicId },
    update: data,
    select: { id: true },
  });
  await audit({
    action: "sso.registered",
    actorId: admin.id,
    actorRole: admin.role,
    clinicId: admin.clinicId,
    targetType: "identity_provider",
    targetId: row.id,
  });
  return row.id;
}
