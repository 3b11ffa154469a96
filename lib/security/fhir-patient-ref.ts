/**
 * The keyed hash that links an EHR's patient to assessments in this app: HMAC-SHA256 of the
 * EHR's issuer and its patient id, under PATIENT_REF_HMAC_KEY. The CDS Hooks service looks up a
 * patient's latest assessment by it; a SMART launch stores it on the assessment it starts. One
 * function for both, so the two cannot drift. The prefix keeps it apart from the hash of a
 * typed patient reference (crypto-format.ts referenceHash), which uses the same key. No
 * `server-only`: scripts (seed, bench) import it and pass the key themselves.
 */
import { createHmac } from "node:crypto";

/** "https://ehr.example/fhir/" and "https://ehr.example/fhir" are the same issuer. */
const normaliseIssuer = (issuer: string) => issuer.trim().replace(/\/+$/, "");

export function fhirPatientKey(issuer: string, patientId: string, hmacKey: Buffer): string {
  return createHmac("sha256", hmacKey)
    .update(`fhir-patient\u0000${normaliseIssuer(issuer)}\u0000${patientId.trim()}`)
    .digest("hex");
}
