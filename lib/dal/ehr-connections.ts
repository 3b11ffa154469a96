import "server-only";
import { audit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { decryptText, encryptText } from "@/lib/security/patient-reference";

export type WriteBackMode = "on-submit" | "on-click" | "never";
export type UserPolicy = "link-by-email" | "create";

export interface EhrConnection {
  id: string;
  clinicId: string;
  name: string;
  issuer: string;
  clientId: string;
  clientSecret: string | null;
  privateKeyPem: string | null;
  writeBack: WriteBackMode;
  userPolicy: UserPolicy;
}

/** The issuer as stored and compared: no trailing slash. */
export const normaliseIssuer = (issuer: string) => issuer.trim().replace(/\/+$/, "");

// Whether any EHR is registered at all, read at most every 30 s per process: with none, the
// checklist, the submit and the summary make no EHR query (docs/ehr-integration.md).
let presence: { any: boolean; at: number } | undefined;
const PRESENCE_MS = 30_000;

export async function anyEhrRegistered(): Promise<boolean> {
  if (presence && Date.now() - presence.at < PRESENCE_MS) return presence.any;
  const rows = await db.$queryRaw<
    { any: boolean }[]
  >`SELECT EXISTS (SELECT 1 FROM ehr_connection) AS any`;
  presence = { any: Boolean(rows[0]?.any), at: Date.now() };
  return presence.any;
}

type Row = Omit<EhrConnection, "clientSecret" | "privateKeyPem" | "writeBack" | "userPolicy"> & {
  clientSecretCipher: string | null;
  privateKeyCipher: string | null;
  writeBack: string;
  userPolicy: string;
};

function fromRow(row: Row): EhrConnection {
  return {
    id: row.id,
    clinicId: row.clinicId,
    name: row.name,
    issuer: row.issuer,
    clientId: row.clientId,
    clientSecret: row.clientSecretCipher ? decryptText(row.clientSecretCipher) : null,
    privateKeyPem: row.privateKeyCipher ? decryptText(row.privateKeyCipher) : null,
    writeBack: row.writeBack as WriteBackMode,
    userPolicy: row.userPolicy as UserPolicy,
  };
}

/** The connection a launch's `iss` names, or null. Not user-scoped: the launch is not signed in yet. */
export async function connectionByIssuer(issuer: string): Promise<EhrConnection | null> {
  const row = await db.ehrConnection.findUnique({ where: { issuer: normaliseIssuer(issuer) } });
  return row ? fromRow(row) : null;
}

export async function connectionById(id: string): Promise<EhrConnection | null> {
  const row = await db.ehrConnection.findUnique({ where: { id } });
  return row ? fromRow(row) : null;
}

export interface EhrConnectionInput {
  name: string;
  issuer: string;
  clientId: string;
  clientSecret?: string;
  privateKeyPem?: string;
  writeBack: WriteBackMode;
  userPolicy: UserPolicy;
}

/** An admin registers an EHR for their own clinic; secrets are sealed before they are stored. */
export async function registerConnection(
  admin: SessionUser,
  input: EhrConnectionInput,
): Promise<string> {
  const issuer = normaliseIssuer(input.issuer);
  return db.$transaction(async (tx) => {
    const row = await tx.ehrConnection.upsert({
      where: { issuer },
      create: {
        clinicId: admin.clinicId,
        name: input.name,
        issuer,
        clientId: input.clientId,
        clientSecretCipher: input.clientSecret ? encryptText(input.clientSecret) : null,
        privateKeyCipher: input.privateKeyPem ? encryptText(input.privateKeyPem) : null,
        writeBack: input.writeBack,
        userPolicy: input.userPolicy,
      },
      // Another clinic's registration of the same issuer is never overwritten (see below).
      update: {},
      select: { id: true, clinicId: true },
    });
    if (row.clinicId !== admin.clinicId) throw new IssuerTakenError();
    await tx.ehrConnection.update({
      where: { id: row.id },
      data: {
        name: input.name,
        clientId: input.clientId,
        writeBack: input.writeBack,
        userPolicy: input.userPolicy,
        ...(input.clientSecret ? { clientSecretCipher: encryptText(input.clientSecret) } : {}),
        ...(input.privateKeyPem ? { privateKeyCipher: encryptText(input.privateKeyPem) } : {}),
      },
    });
    await audit(
      {
        action: "ehr.registered",
        actorId: admin.id,
        actorRole: admin.role,
        clinicId: admin.clinicId,
        targetType: "ehr_connection",
        targetId: row.id,
      },
      tx,
    );
    presence = { any: true, at: Date.now() };
    return row.id;
  });
}

export class IssuerTakenError extends Error {
  constructor() {
    super("This EHR address is already registered by another clinic.");
  }
}

export interface EhrConnectionDto {
  id: string;
  name: string;
  issuer: string;
  clientId: string;
  authentication: "client secret" | "private key (private_key_jwt)" | "public client (PKCE only)";
  writeBack: WriteBackMode;
  userPolicy: UserPolicy;
}

/** The admin's own clinic's EHRs, without secrets. */
export async function listConnections(admin: SessionUser): Promise<EhrConnectionDto[]> {
  const rows = await db.ehrConnection.findMany({
    where: { clinicId: admin.clinicId },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    issuer: r.issuer,
    clientId: r.clientId,
    authentication: r.privateKeyCipher
      ? "private key (private_key_jwt)"
      : r.clientSecretCipher
        ? "client secret"
        : "public client (PKCE only)",
    writeBack: r.writeBack as WriteBackMode,
    userPolicy: r.userPolicy as UserPolicy,
  }));
}
