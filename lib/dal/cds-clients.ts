import "server-only";
import { Prisma } from "@prisma/client";
import { audit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/session";
import type {
  CdsClientTargetInput,
  RegisterCdsClientInput,
} from "@/lib/cds-hooks/client-registration";
import { forgetRegistrations } from "@/lib/cds-server/registrations";
import { db } from "@/lib/db";

export interface CdsClientDto {
  id: string;
  name: string;
  issuer: string;
  jwksUrl: string;
  fhirServer: string | null;
  patientViewEnabled: boolean;
  active: boolean;
}

const select = {
  id: true,
  name: true,
  issuer: true,
  jwksUrl: true,
  fhirServer: true,
  patientViewEnabled: true,
  active: true,
} as const;

/** The EHRs registered for the admin's own clinic. */
export async function listCdsClients(admin: SessionUser): Promise<CdsClientDto[]> {
  return db.cdsClient.findMany({
    where: { clinicId: admin.clinicId },
    orderBy: { createdAt: "asc" },
    select,
  });
}

export type RegisterOutcome =
  | { status: "registered"; clientId: string }
  | { status: "issuer-taken" };

/** Registers an EHR for the admin's clinic (the clinic comes from the session, never the form). */
export async function registerCdsClient(
  admin: SessionUser,
  input: RegisterCdsClientInput,
): Promise<RegisterOutcome> {
  try {
    const id = await db.$transaction(async (tx) => {
      const created = await tx.cdsClient.create({
        data: {
          clinicId: admin.clinicId,
          name: input.name,
          issuer: input.issuer,
          jwksUrl: input.jwksUrl,
          fhirServer: input.fhirServer || null,
          patientViewEnabled: input.patientViewEnabled,
        },
        select: { id: true },
      });
      await audit(
        {
          action: "cds-client.registered",
          actorId: admin.id,
          actorRole: admin.role,
          clinicId: admin.clinicId,
          targetType: "cds-client",
          targetId: created.id,
        },
        tx,
      );
      return created.id;
    });
    forgetRegistrations(); // an issuer remembered as unknown is known now
    return { status: "registered", clientId: id };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      return { status: "issuer-taken" };
    throw error;
  }
}

/** Turns patient-view or the whole registration on or off; false when not the admin's clinic's. */
export async function changeCdsClient(
  admin: SessionUser,
  input: CdsClientTargetInput,
): Promise<boolean> {
  const changed = await db.$transaction(async (tx) => {
    const { count } = await tx.cdsClient.updateMany({
      where: { id: input.clientId, clinicId: admin.clinicId },
      data: {
        ...(input.patientViewEnabled !== undefined
          ? { patientViewEnabled: input.patientViewEnabled }
          : {}),
        ...(input.active !== undefined ? { active: input.active } : {}),
      },
    });
    if (count === 0) return false;
    await audit(
      {
        action: "cds-client.changed",
        actorId: admin.id,
        actorRole: admin.role,
        clinicId: admin.clinicId,
        targetType: "cds-client",
        targetId: input.clientId,
      },
      tx,
    );
    return true;
  });
  // Once committed: this process sees the change at once, the others within
  // REGISTRATION_TTL_MS (30 s) (lib/cds-server/registrations.ts).
  if (changed) forgetRegistrations();
  return changed;
}
