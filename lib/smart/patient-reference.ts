import "server-only";
import { createHmac } from "node:crypto";
import { env } from "@/lib/env";

/**
 * The patient reference of a launched assessment: a keyed hash of the EHR (issuer) and its
 * Patient id, so the same patient launched again gets the same reference ("What changed" works
 * across launches) while the FHIR id itself is never stored or shown in clear.
 */
export function ehrPatientReference(issuer: string, patientId: string): string {
  const key = Buffer.from(env().PATIENT_REF_HMAC_KEY, "base64");
  const mac = createHmac("sha256", key)
    .update(`smart\u0000${issuer}\u0000${patientId}`)
    .digest("hex");
  return `EHR-${mac.slice(0, 16).toUpperCase()}`;
}
