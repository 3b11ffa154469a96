import "server-only";
import { env } from "@/lib/env";
import { ehrPatientReference, fhirPatientKey } from "@/lib/security/fhir-patient-ref";

/**
 * The launched patient under the app's key: the keyed hash the assessment will carry (the CDS
 * service finds it by this) and the "EHR-…" patient reference the draft is prefilled with, cut
 * from the same hash.
 */
export function launchedPatient(issuer: string, patientId: string) {
  const key = fhirPatientKey(issuer, patientId, Buffer.from(env().PATIENT_REF_HMAC_KEY, "base64"));
  return { fhirPatientKey: key, patientReference: ehrPatientReference(key) };
}
