/**
 * The keyed hash that links an EHR's patient to assessments in this app: HMAC-SHA256 of the
 * EHR's issuer and its patient id, under PATIENT_REF_HMAC_KEY. A SMART launch stores it with the
 * draft it opens and the submit statement copies it to the assessment; the CDS Hooks service
 * looks up a patient's latest assessment by it. The patient reference a launch prefills
 * ("EHR-…") is cut from the same hash. One function for all three, so they cannot drift. The
 * prefix keeps it apart from the hash of a typed patient reference (crypto-format.ts
 * referenceHash), which uses the same key. No `server-only`: scripts (seed, bench) import it and
 * pass the key themselves.
 */
import { createHmac } from "node:crypto";

/** "https://ehr.example/fhir/" and "https://ehr.example/fhir" are the same issuer. */
const normaliseIssuer = (issuer: string) => issuer.trim().replace(/\/+$/, "");

export function fhirPatientKey(issuer: string, patientId: string, hmacKey: Buffer): string {
  return createHmac("sha256", hmacKey)
    .update(`fhir-patient\u0000${normaliseIssuer(issuer)}\u0000${patientId.trim()}`)
    .digest("hex");
}

/**
 * The patient reference a launch prefills: the first 64 bits of the key, "EHR-" and 16 capital
 * hex digits. The same patient launched again gets the same reference ("What changed" works
 * across launches); the EHR's patient id is never stored or shown in clear.
 */
export const ehrPatientReference = (patientKey: string): string =>
  `EHR-${patientKey.slice(0, 16).toUpperCase()}`;
