import "server-only";
import type { Finding } from "@/lib/risk/types";
import { decryptJson, encryptJson } from "@/lib/security/patient-reference";

/**
 * `finding.content` is the finding as shown, and its triggers quote answers (medicine names,
 * pregnancy, DSM criteria, skin colour), so it is stored sealed: a JSON string holding the
 * AES-GCM ciphertext. Rule id, domain and severity stay in their own clear columns for the
 * aggregates (docs/security.md, "Data at rest").
 */
export const encodeFinding = (finding: Finding): string => encryptJson(finding);

/**
 * The finding of a stored row's content. Rows written before findings were sealed hold the object itself
 * until `npm start` (or `npm run rotate-keys`) seals them; they read the same way meanwhile.
 */
export function decodeFinding(content: unknown): Finding {
  return typeof content === "string" ? decryptJson<Finding>(content) : (content as Finding);
}
