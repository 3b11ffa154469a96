import "server-only";
import { importPKCS8 } from "jose";
import * as oauth from "openid-client";
import { clientKey } from "./client-keys";
import type { SmartConfiguration } from "./discovery";
import { acceptableEndpoint, isLoopback } from "./endpoints";

/** How the app authenticates to the EHR's token endpoint (docs/ehr-integration.md). */
export interface ClientCredentials {
  clientId: string;
  clientSecret?: string | null;
  /** PKCS#8 PEM; SMART asks for RS384 or ES384 client assertions. */
  privateKeyPem?: string | null;
}

async function clientAuth(credentials: ClientCredentials): Promise<oauth.ClientAuth> {
  if (credentials.privateKeyPem) {
    // The key id and algorithm the connection's published JWKS names (client-keys.ts).
    const { alg, kid } = await clientKey(credentials.privateKeyPem);
    const key = await importPKCS8(credentials.privateKeyPem, alg);
    return oauth.PrivateKeyJwt({ key, kid });
  }
  if (credentials.clientSecret) return oauth.ClientSecretBasic(credentials.clientSecret);
  return oauth.None();
}

/**
 * openid-client's configuration built from SMART discovery (not OpenID discovery: the SMART
 * document is the one an EHR must publish at its FHIR base). Plain http is allowed only for a
 * loopback EHR, which is the local test EHR.
 */
export async function oauthConfiguration(
  smart: SmartConfiguration,
  credentials: ClientCredentials,
): Promise<oauth.Configuration> {
  const tokenUrl = new URL(smart.token_endpoint);
  const config = new oauth.Configuration(
    {
      issuer: smart.issuer ?? tokenUrl.origin,
      authorization_endpoint: smart.authorization_endpoint,
      token_endpoint: smart.token_endpoint,
      ...(smart.jwks_uri ? { jwks_uri: smart.jwks_uri } : {}),
    },
    credentials.clientId,
    undefined,
    await clientAuth(credentials),
  );
  if (
    tokenUrl.protocol === "http:" &&
    isLoopback(tokenUrl) &&
    acceptableEndpoint(smart.authorization_endpoint)
  )
    oauth.allowInsecureRequests(config);
  return config;
}

export { oauth };
