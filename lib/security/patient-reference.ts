import "server-only";
import { env } from "@/lib/env";
import { referenceHash, seal, unseal } from "./crypto-format";

/**
 * The patient reference a clinician types is never stored in clear. A keyed hash (HMAC-SHA256)
 * finds repeat assessments of the same patient by the same clinician; AES-256-GCM ciphertext
 * lets the owning clinician see it again. Keys come from the environment (docs/security.md);
 * the formats are in crypto-format.ts, shared with the key-rotation script.
 */
export function hashPatientReference(reference: string, clinicianId: string): string {
  return referenceHash(reference, clinicianId, Buffer.from(env().PATIENT_REF_HMAC_KEY, "base64"));
}

/** Sealed under the current (first) key. */
export function encryptText(plain: string): string {
  return seal(plain, env().ENCRYPTION_KEYS[0]);
}

/** Opened with whichever configured key sealed it (old keys stay until rotation ends). */
export function decryptText(sealed: string): string {
  return unseal(sealed, env().ENCRYPTION_KEYS);
}

export const encryptJson = (value: unknown) => encryptText(JSON.stringify(value));
export const decryptJson = <T>(sealed: string): T => JSON.parse(decryptText(sealed)) as T;
