import "server-only";
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

/**
 * The patient reference a clinician types is never stored in clear. A keyed hash (HMAC-SHA256)
 * finds repeat assessments of the same patient by the same clinician; AES-256-GCM ciphertext
 * lets the owning clinician see it again. Keys come from the environment (docs/security.md).
 */
export function normaliseReference(reference: string): string {
  return reference.trim().toUpperCase().replace(/\s+/g, " ");
}

export function hashPatientReference(reference: string, clinicianId: string): string {
  const key = Buffer.from(env().PATIENT_REF_HMAC_KEY, "base64");
  // The clinician id is part of the message: the same reference typed by two clinicians
  // gives two unrelated hashes, so hashes cannot link patients across clinicians.
  return createHmac("sha256", key)
    .update(`${clinicianId}\u0000${normaliseReference(reference)}`)
    .digest("hex");
}

/** "keyId.iv.tag.ciphertext", base64url parts: the key id makes rotation possible. */
export function encryptText(plain: string): string {
  const [current] = env().ENCRYPTION_KEYS;
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", current.key, iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [current.id, iv, cipher.getAuthTag(), body]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

export function decryptText(sealed: string): string {
  const [keyId, iv, tag, body] = sealed.split(".");
  const key = env().ENCRYPTION_KEYS.find((k) => k.id === keyId);
  if (!key || !iv || !tag || body === undefined)
    throw new Error("Unreadable ciphertext or unknown key id");
  const decipher = createDecipheriv("aes-256-gcm", key.key, Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([
    decipher.update(Buffer.from(body, "base64url")),
    decipher.final(),
  ]).toString("utf8");
}

export const encryptJson = (value: unknown) => encryptText(JSON.stringify(value));
export const decryptJson = <T>(sealed: string): T => JSON.parse(decryptText(sealed)) as T;
