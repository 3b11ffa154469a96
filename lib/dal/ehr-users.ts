import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { audit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/session";
import type { SessionRow } from "@/lib/auth/session-read";
import { db } from "@/lib/db";
import type { EhrConnection } from "./ehr-connections";

/** What the EHR says about its user (the Practitioner behind `fhirUser`), when it could be read. */
export interface EhrUserFacts {
  email?: string;
  name?: string;
}

export type ClinicianOutcome =
  | { ok: true; user: SessionUser }
  | { ok: false; reason: "unknown-user" | "inactive-user" };

type UserRow = SessionRow;

function asClinician(row: UserRow | null | undefined, clinicId: string): SessionUser | null {
  if (row?.role !== "clinician" || row.clinicId !== clinicId) return null;
  return { id: row.id, name: row.name, email: row.email, role: "clinician", clinicId };
}

const USER_FIELDS = {
  id: true,
  name: true,
  email: true,
  role: true,
  clinicId: true,
  active: true,
} as const;

/**
 * The clinician of the EHR's clinic behind the launch's `fhirUser`. A link made at an earlier
 * launch wins. Otherwise the clinic's policy decides: "link-by-email" links the clinic's
 * clinician whose email the EHR gives for its user (and refuses when there is none); "create"
 * makes a clinician account for the EHR user (no password: it signs in through the EHR only).
 */
export async function clinicianForFhirUser(
  connection: EhrConnection,
  fhirUser: string,
  facts: EhrUserFacts,
): Promise<ClinicianOutcome> {
  const link = await db.ehrUserLink.findUnique({
    where: { connectionId_fhirUser: { connectionId: connection.id, fhirUser } },
    select: { user: { select: USER_FIELDS } },
  });
  if (link) {
    const user = asClinician(link.user, connection.clinicId);
    if (!user) return { ok: false, reason: "unknown-user" };
    return link.user.active ? { ok: true, user } : { ok: false, reason: "inactive-user" };
  }
  let user: SessionUser | null = null;
  if (connection.userPolicy === "link-by-email") {
    if (!facts.email) return { ok: false, reason: "unknown-user" };
    const row = await db.user.findUnique({
      where: { email: facts.email.toLowerCase() },
      select: USER_FIELDS,
    });
    user = asClinician(row, connection.clinicId);
    if (!user) return { ok: false, reason: "unknown-user" };
    if (!row?.active) return { ok: false, reason: "inactive-user" };
  } else {
    // A placeholder address that cannot receive mail (.invalid), unique per EHR user.
    const tag = createHash("sha256")
      .update(`${connection.id}\u0000${fhirUser}`)
      .digest("hex")
      .slice(0, 20);
    const id = randomUUID();
    const created = await db.user.create({
      data: {
        id,
        email: `ehr-${tag}@ehr.invalid`,
        name: facts.name?.slice(0, 120) || "Clinician (from the EHR)",
        role: "clinician",
        clinicId: connection.clinicId,
        emailVerified: false,
      },
      select: USER_FIELDS,
    });
    user = asClinician(created, connection.clinicId);
    await audit({
      action: "user.created",
      actorRole: "ehr",
      clinicId: connection.clinicId,
      targetType: "user",
      targetId: id,
    });
  }
  if (!user) return { ok: false, reason: "unknown-user" };
  await db.ehrUserLink.create({ data: { connectionId: connection.id, fhirUser, userId: user.id } });
  return { ok: true, user };
}
