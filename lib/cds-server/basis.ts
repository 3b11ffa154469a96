import "server-only";
import { type Basis, type ChartData, chartSignal } from "@/lib/cds-hooks";
import type { AssessmentAnswers } from "@/lib/checklist/schemas";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { fhirPatientKey } from "@/lib/security/fhir-patient-ref";
import { decryptJson } from "@/lib/security/patient-reference";
import type { CdsCaller } from "./caller";

/**
 * The keyed hash of this caller's patient (the same function a SMART launch uses). A patient id
 * belongs to a FHIR server: the registered `fhirServer` (the SMART launch's `iss`, the FHIR base
 * URL), or the client's issuer when none is registered (an EHR whose JWT issuer is its FHIR base).
 */
export function patientKeyOf(caller: CdsCaller, patientId: string): string {
  return fhirPatientKey(
    caller.fhirServer || caller.issuer,
    patientId,
    Buffer.from(env().PATIENT_REF_HMAC_KEY, "base64"),
  );
}

/**
 * What the rules judge against: the latest submitted assessment of this patient in the
 * caller's clinic, or kratom use recorded in the chart, or nothing (no kratom signal: no card).
 */
export async function basisFor(
  caller: CdsCaller,
  patientKey: string,
  chart: ChartData,
): Promise<Basis | null> {
  const [row] = await db.$queryRaw<{ id: string; answersCipher: string; submittedAt: Date }[]>`
    SELECT id, "answersCipher", "submittedAt" FROM assessment
    WHERE "clinicId" = ${caller.clinicId}::uuid AND "fhirPatientKey" = ${patientKey}
    ORDER BY "submittedAt" DESC LIMIT 1`;
  if (row)
    return {
      kind: "assessment",
      answers: decryptJson<AssessmentAnswers>(row.answersCipher),
      assessmentId: row.id,
      submittedAt: row.submittedAt,
    };
  const signal = chartSignal(chart);
  return signal ? { kind: "chart", signal } : null;
}
