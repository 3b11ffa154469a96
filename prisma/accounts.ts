// Creating an account outside the HTTP API (seed, CLI): the same password hash better-auth
// verifies at sign-in, stored in its `account` table under the "credential" provider.
import { randomUUID } from "node:crypto";
import type { PrismaClient, Role } from "@prisma/client";
import { hashPassword } from "better-auth/crypto";

export interface NewAccount {
  email: string;
  name: string;
  role: Role;
  clinicId: string;
  password: string;
}

/** Creates the user, or resets password/role/clinic of an existing one with that email. */
export async function upsertAccount(db: PrismaClient, account: NewAccount): Promise<string> {
  const email = account.email.toLowerCase();
  const password = await hashPassword(account.password);
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  const id = existing?.id ?? randomUUID();
  await db.$transaction([
    db.user.upsert({
      where: { email },
      create: {
        id,
        email,
        name: account.name,
        role: account.role,
        clinicId: account.clinicId,
        emailVerified: true,
      },
      update: { name: account.name, role: account.role, clinicId: account.clinicId, active: true },
    }),
    db.account.deleteMany({ where: { userId: id, providerId: "credential" } }),
    db.account.create({
      data: { id: randomUUID(), accountId: id, providerId: "credential", userId: id, password },
    }),
  ]);
  return id;
}

export async function ensureClinic(db: PrismaClient, name: string): Promise<string> {
  const found = await db.clinic.findFirst({ where: { name }, select: { id: true } });
  if (found) return found.id;
  return (await db.clinic.create({ data: { name }, select: { id: true } })).id;
}
