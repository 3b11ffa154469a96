import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { hashPatientReference } from "@/lib/security/patient-reference";

/**
 * Erasing one patient's assessments in the admin's clinic, on a documented request (issue 18
 * §5). The stored patient reference is a keyed hash per clinician (the same typed reference
 * hashes differently for each), so the reference is hashed once for every clinician of the
 * clinic, deactivated ones included, and the (clinician, hash) pairs go to the database
 * function `erase_patient_assessments`: it deletes those assessments (their findings and
 * medication classes cascade) and the drafts they were submitted from, and appends the audit
 * row (request reference, never the patient) in the same statement. The reference itself is
 * never stored or logged. Figures drop the rows at the next release, which recounts from the
 * assessment table.
 */
/** Each clinician of the admin's clinic with their keyed hash of the typed reference. */
async function referencePairs(admin: SessionUser, patientReference: string) {
  if (admin.role !== "admin") throw new Error("Only clinic admins erase assessments");
  const clinicians = await db.user.findMany({
    where: { clinicId: admin.clinicId, role: "clinician" },
    select: { id: true },
  });
  const ids = clinicians.map((c) => c.id);
  return { ids, hashes: ids.map((id) => hashPatientReference(patientReference, id)) };
}

export interface ErasureMatch {
  assessments: number;
  clinicians: number;
}

/**
 * What an erasure would remove, in counts only. Patient references are typed by each clinician,
 * so the same words may name different patients for two clinicians (initials, a bed number):
 * the admin sees how many assessments by how many clinicians match before confirming.
 */
export async function matchPatientAssessments(
  admin: SessionUser,
  patientReference: string,
): Promise<ErasureMatch> {
  const { ids, hashes } = await referencePairs(admin, patientReference);
  const [row] = await db.$queryRaw<ErasureMatch[]>`
    SELECT count(*)::int AS assessments, count(DISTINCT a."clinicianId")::int AS clinicians
    FROM "assessment" a
    JOIN unnest(${ids}::text[], ${hashes}::text[]) AS t(clinician, hash)
      ON a."clinicianId" = t.clinician AND a."patientRefHash" = t.hash
    WHERE a."clinicId" = ${admin.clinicId}::uuid`;
  return row;
}

export async function erasePatientAssessments(
  admin: SessionUser,
  patientReference: string,
  requestReference: string,
): Promise<number> {
  const { ids, hashes } = await referencePairs(admin, patientReference);
  const [{ erased }] = await db.$queryRaw<{ erased: number }[]>`
    SELECT erase_patient_assessments(
      ${admin.clinicId}::uuid, ${ids}::text[], ${hashes}::text[], ${admin.id}, ${requestReference}
    ) AS erased`;
  return erased;
}
