/**
 * The stored formats of the patient reference and sealed payloads, as plain functions of their
 * keys: the app (patient-reference.ts, which reads the keys from the environment) and the
 * key-rotation script (which is handed old and new keys) share them, so the two cannot drift.
 * No `server-only` here, so scripts can import it; it holds no key itself.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";

export interface EncryptionKey {
  id: string;
  key: Buffer;
}

function normaliseReference(reference: string): string {
  return reference.trim().toUpperCase().replace(/\s+/g, " ");
}

/**
 * HMAC-SHA256 of the normalised reference. The clinician id is part of the message: the same
 * reference typed by two clinicians gives two unrelated hashes, so hashes cannot link patients
 * across clinicians.
 */
export function referenceHash(reference: string, clinicianId: string, hmacKey: Buffer): string {
  return createHmac("sha256", hmacKey)
    .update(`${clinicianId}\u0000${normaliseReference(reference)}`)
    .digest("hex");
}

/** AES-256-GCM as "keyId.iv.tag.ciphertext", base64url parts: the key id makes rotation possible. */
export function seal(plain: string, key: EncryptionKey): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key.key, iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [key.id, ...[iv, cipher.getAuthTag(), body].map((b) => b.toString("base64url"))].join(".");
}

/** Opens a sealed value with whichever of `keys` it names; throws when it cannot. */
export function unseal(sealed: string, keys: readonly EncryptionKey[]): string {
  const [keyId, iv, tag, body] = sealed.split(".");
  const key = keys.find((k) => k.id === keyId);
  if (!key || !iv || !tag || body === undefined)
    throw new Error(`Unreadable ciphertext or key id "${keyId}" not in ENCRYPTION_KEYS`);
  const decipher = createDecipheriv("aes-256-gcm", key.key, Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([
    decipher.update(Buffer.from(body, "base64url")),
    decipher.final(),
  ]).toString("utf8");
}
