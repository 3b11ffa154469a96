import "server-only";
import { createPrivateKey, createPublicKey, type KeyObject } from "node:crypto";
import { calculateJwkThumbprint, type JWK } from "jose";

/**
 * A connection's key for `private_key_jwt` (SMART App Launch "asymmetric client
 * authentication"): the PKCS#8 private key the admin registered, sealed with ENCRYPTION_KEYS
 * like the other EHR secrets (rotated by scripts/rotate-ehr-keys.ts), and its public half,
 * published at /api/smart/jwks/<connection id> for the EHR's `jwks_uri`. SMART asks for
 * RS384 or ES384; any other key is refused. The key id is the JWK thumbprint (RFC 7638), so a
 * new key gets a new id and an EHR that caches the key set sees the change.
 */
export interface ClientKey {
  alg: "RS384" | "ES384";
  kid: string;
  privateKey: KeyObject;
  /** The public JWK only: kty and its public parameters, kid, alg, use. */
  publicJwk: JWK;
}

export class UnsupportedClientKeyError extends Error {
  constructor() {
    super("The private key must be RSA (2048 bits or more) or EC P-384, in PKCS#8 PEM form.");
  }
}

function algOf(key: KeyObject): ClientKey["alg"] {
  const details = key.asymmetricKeyDetails;
  if (key.asymmetricKeyType === "rsa" && (details?.modulusLength ?? 0) >= 2048) return "RS384";
  if (key.asymmetricKeyType === "ec" && details?.namedCurve === "secp384r1") return "ES384";
  throw new UnsupportedClientKeyError();
}

export async function clientKey(privateKeyPem: string): Promise<ClientKey> {
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: privateKeyPem, format: "pem" });
  } catch {
    throw new UnsupportedClientKeyError();
  }
  const alg = algOf(privateKey);
  // Exported from the public key: no private parameter (d, p, q, …) can reach the document.
  const pub = createPublicKey(privateKey).export({ format: "jwk" }) as JWK;
  const kid = await calculateJwkThumbprint(pub, "sha256");
  return { alg, kid, privateKey, publicJwk: { ...pub, kid, alg, use: "sig" } };
}

/** The JWKS a connection publishes: its one public key, or none without a private key. */
export async function publicJwks(privateKeyPem: string | null): Promise<{ keys: JWK[] }> {
  if (!privateKeyPem) return { keys: [] };
  return { keys: [(await clientKey(privateKeyPem)).publicJwk] };
}
