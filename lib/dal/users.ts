import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "@prisma/client";
import type { CreateClinicianInput } from "@/lib/accounts/schemas";
import { type AuditAction, audit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { type IssuedInvitation, issueInvitation } from "./invitations";

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

export type CreateOutcome =
  | ({ status: "created"; userId: string } & IssuedInvitation)
  | { status: "email-taken" };

/**
 * Creates the clinician with no password and an invitation link where they set their own: the
 * admin hands the link over and never knows the password (lib/dal/invitations.ts).
 */
export async function createClinician(
  admin: SessionUser,
  input: CreateClinicianInput,
): Promise<CreateOutcome> {
  assertAdmin(admin);
  const id = randomUUID();
  try {
    const invitation = await db.$transaction(async (tx) => {
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
      await record(admin, "user.created", id, tx);
      const issued = await issueInvitation(tx, {
        userId: id,
        purpose: "invite",
        createdById: admin.id,
      });
      await record(admin, "user.invited", id, tx);
      return issued;
    });
    return { status: "created", userId: id, ...invitation };
  } catch (error) {
    // Emails are unique across clinics; the admin learns only that this one is in use.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      return { status: "email-taken" };
    throw error;
  }
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

/**
 * A reset works like an invitation: the current password stops working at once, every session
 * ends, and the clinician sets a new password through a one-time link the admin hands over.
 */
export async function resetClinicianPassword(
  admin: SessionUser,
  userId: string,
): Promise<IssuedInvitation | null> {
  assertAdmin(admin);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: managed(admin, userId), select: { id: true } });
    if (!user) return null;
    await tx.account.updateMany({
      where: { userId: user.id, providerId: "credential" },
      data: { password: null },
    });
    await tx.session.deleteMany({ where: { userId: user.id } });
    const issued = await issueInvitation(tx, {
      userId: user.id,
      purpose: "reset",
      createdById: admin.id,
    });
    await record(admin, "user.password-reset", user.id, tx);
    return issued;
  });
}
