import "server-only";
import { audit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

/**
 * A launch whose appContext asks for a summary (a CDS card's link) opens it only when the
 * assessment is this clinician's own (as the summary page allows) AND was made for the patient
 * the EHR launched with: the launch's patient key, not the string from the EHR, decides. The
 * launch is then marked as this user's and audited; no draft is opened and no token kept (the
 * summary reads nothing from the EHR). False: the caller opens a new checklist as usual.
 */
export async function openSummaryLaunch(
  launchId: string,
  user: SessionUser,
  assessmentId: string,
  fhirPatientKey: string,
): Promise<boolean> {
  const own = await db.assessment.findFirst({
    where: { id: assessmentId, clinicianId: user.id, fhirPatientKey },
    select: { id: true },
  });
  if (!own) return false;
  await db.ehrLaunch.update({ where: { id: launchId }, data: { userId: user.id, fhirPatientKey } });
  const who = { actorId: user.id, actorRole: user.role, clinicId: user.clinicId };
  await audit({ action: "ehr.launched", ...who, targetType: "ehr_launch", targetId: launchId });
  return true;
}
