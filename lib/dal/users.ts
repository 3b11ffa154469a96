import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "@prisma/client";
import { hashPassword } from "better-auth/crypto";
import type { CreateClinicianInput } from "@/lib/accounts/schemas";
import { type AuditAction, audit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

/**
 * Clinic admins manage the clinician accounts of their own clinic, nothing else. Every query
 * carries `clinicId: admin.clinicId` and `role: "clinician"` in its where, so another clinic's
 * users and other admins look exactly like ids that do not exist.
 */

export interface ClinicUserDto {
  id: string;
  name: string;
  email: string;
  active: boolean;
  createdAt: Date;
}

const dtoSelect = { id: true, name: true, email: true, active: true, createdAt: true } as const;

function assertAdmin(admin: SessionUser) {
  // The action wrapper already checks the role; the DAL does not trust its callers.
  if (admin.role !== "admin") throw new Error("Only clinic admins manage accounts");
}

const managed = (admin: SessionUser, id?: string) => ({
  ...(id ? { id } : {}),
  clinicId: admin.clinicId,
  role: "clinician" as const,
});

async function record(
  admin: SessionUser,
  action: AuditAction,
  userId: string,
  tx: Prisma.TransactionClient,
) {
  await audit(
    {
      action,
      actorId: admin.id,
      actorRole: admin.role,
      clinicId: admin.clinicId,
      targetType: "user",
      targetId: userId,
    },
    tx,
  );
}

export async function listClinicians(admin: SessionUser): Promise<ClinicUserDto[]> {
  assertAdmin(admin);
  return db.user.findMany({
    where: managed(admin),
    orderBy: [{ active: "desc" }, { name: "asc" }],
    take: 500,
    select: dtoSelect,
  });
}

export async function getClinician(admin: SessionUser, id: string): Promise<ClinicUserDto | null> {
  assertAdmin(admin);
  return db.user.findFirst({ where: managed(admin, id), select: dtoSelect });
}

export type CreateOutcome = { status: "created"; userId: string } | { status: "email-taken" };

export async function createClinician(
  admin: SessionUser,
  input: CreateClinicianInput,
): Promise<CreateOutcome> {
  assertAdmin(admin);
  const hash = await hashPassword(input.password);
  const id = randomUUID();
  try {
    await db.$transaction(async (tx) => {
      await tx.user.create({
        data: {
          id,
          name: input.name,
          email: input.email,
          emailVerified: true,
          role: "clinician",
          clinicId: admin.clinicId,
        },
      });
      await tx.account.create({
        data: {
          id: randomUUID(),
          accountId: id,
          providerId: "credential",
          userId: id,
          password: hash,
        },
      });
      await record(admin, "user.created", id, tx);
    });
  } catch (error) {
    // Emails are unique across clinics; the admin learns only that this one is in use.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      return { status: "email-taken" };
    throw error;
  }
  return { status: "created", userId: id };
}

/**
 * Deactivating also deletes the user's sessions: the session is read from PostgreSQL on every
 * request, so the next click after this commits is signed out. Reactivating only flips the flag.
 * The app's database role cannot write the flag itself: set_user_active() (a SECURITY DEFINER
 * function, migration 20261207232500_least_privilege) checks the admin and the clinic, changes
 * it, ends the sessions and writes the audit entry in one statement.
 */
export async function setClinicianActive(
  admin: SessionUser,
  userId: string,
  active: boolean,
): Promise<boolean> {
  assertAdmin(admin);
  const [row] = await db.$queryRaw<{ ok: boolean }[]>`
    SELECT set_user_active(${admin.id}, ${userId}, ${active}) AS ok`;
  return row?.ok === true;
}

/** Sets a new password and ends every session of that user, so an old one cannot linger. */
export async function resetClinicianPassword(
  admin: SessionUser,
  userId: string,
  password: string,
): Promise<boolean> {
  assertAdmin(admin);
  const hash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: managed(admin, userId), select: { id: true } });
    if (!user) return false;
    const { count } = await tx.account.updateMany({
      where: { userId: user.id, providerId: "credential" },
      data: { password: hash },
    });
    if (count === 0)
      await tx.account.create({
        data: {
          id: randomUUID(),
          accountId: user.id,
          providerId: "credential",
          userId: user.id,
          password: hash,
        },
      });
    await tx.session.deleteMany({ where: { userId: user.id } });
    await record(admin, "user.password-reset", user.id, tx);
    return true;
  });
}
