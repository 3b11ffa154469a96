/**
 * Demo mode only: makes the test EHR's demo kratom patient a daily kratom user with a checklist in
 * the Demo Clinic (submitted by the demo clinician, linked by the keyed hash of the EHR's issuer
 * and patient id, as a SMART launch links it) and registers the EHR as the clinic's CDS client.
 * Idempotent. The link is written as the database owner (MIGRATION_DATABASE_URL, or the embedded
 * database's owner). Run with the react-server condition (it uses the server's data layer):
 *   tsx --conditions=react-server scripts/cds-demo-seed.ts --issuer URL --jwks URL --patient ID
 * The test EHR (scripts/test-ehr/) calls it, or `prepareCdsDemo`, when it mounts cds-demo-routes.ts.
 */
import { parseArgs } from "node:util";
import type { SessionUser } from "@/lib/auth/session";
import type { AssessmentInput } from "@/lib/checklist";
import { submitAssessment } from "@/lib/dal/assessments";
import { createDraft } from "@/lib/dal/drafts";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { asInput, baseAnswers } from "@/lib/risk/fixtures";
import { fhirPatientKey } from "@/lib/security/fhir-patient-ref";
import { scriptClient } from "@/prisma/client";

export interface CdsDemo {
  issuer: string;
  jwksUrl: string;
  patientId: string;
  clinicianEmail?: string;
}

/** A daily kratom user for joint pain, no other medicines: the demo's card shows for oxycodone. */
const daily = baseAnswers({ usePattern: { frequency: "daily", dosesPerDay: 3 } });
const demoAnswers: AssessmentInput = {
  ...asInput(daily),
  patient: { ...daily.patient, patientReference: "DEMO-KRATOM-1" },
};

/** Returns the demo assessment's id (the card's link opens its summary). */
export async function prepareCdsDemo(demo: CdsDemo): Promise<string> {
  const user = await db.user.findUnique({
    where: { email: demo.clinicianEmail ?? "clinician@demo.test" },
    select: { id: true, email: true, name: true, role: true, clinicId: true },
  });
  if (!user?.clinicId) throw new Error("The demo clinician is missing: seed demo mode first.");
  const clinician: SessionUser = { ...user, clinicId: user.clinicId };
  const key = fhirPatientKey(
    demo.issuer,
    demo.patientId,
    Buffer.from(env().PATIENT_REF_HMAC_KEY, "base64"),
  );
  await db.cdsClient.upsert({
    where: { issuer: demo.issuer },
    // The EHR's FHIR server is the SMART launch's issuer: a patient's key is the same for both.
    create: {
      clinicId: user.clinicId,
      name: "Test EHR (demo)",
      issuer: demo.issuer,
      jwksUrl: demo.jwksUrl,
      fhirServer: demo.issuer,
    },
    update: { jwksUrl: demo.jwksUrl, fhirServer: demo.issuer, active: true },
  });
  const linked = await db.assessment.findFirst({
    where: { clinicId: user.clinicId, fhirPatientKey: key },
    select: { id: true },
  });
  if (linked) return linked.id;
  const stored = await submitAssessment(clinician, await createDraft(clinician), demoAnswers);
  if (stored.status === "no-draft") throw new Error("The demo draft could not be submitted.");
  // A launch's draft gets its key in the submit statement; this checklist was not launched, and
  // the app's role may not update a submitted row: the owner links it (demo data only).
  const owner = scriptClient();
  try {
    await owner.assessment.update({
      where: { id: stored.assessmentId },
      data: { fhirPatientKey: key },
    });
  } finally {
    await owner.$disconnect();
  }
  return stored.assessmentId;
}

if (process.argv[1]?.endsWith("cds-demo-seed.ts")) {
  const { values } = parseArgs({
    options: { issuer: { type: "string" }, jwks: { type: "string" }, patient: { type: "string" } },
  });
  if (!values.issuer || !values.jwks || !values.patient)
    throw new Error("Usage: cds-demo-seed.ts --issuer URL --jwks URL --patient ID");
  prepareCdsDemo({ issuer: values.issuer, jwksUrl: values.jwks, patientId: values.patient })
    .then((id) => {
      console.log(`CDS demo ready: the demo patient's checklist is assessment ${id}.`);
      return db.$disconnect();
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
