import "server-only";
import { z } from "zod";
import { acceptableEndpoint } from "./endpoints";

/**
 * SMART discovery: `<iss>/.well-known/smart-configuration` (SMART App Launch 2.x). The FHIR
 * base must be https, except on the loopback interface (the local test EHR); anything else is
 * refused before a request is made.
 */
export const smartConfigurationSchema = z.object({
  issuer: z.url().optional(),
  authorization_endpoint: z.url(),
  token_endpoint: z.url(),
  jwks_uri: z.url().optional(),
  scopes_supported: z.array(z.string()).optional(),
  capabilities: z.array(z.string()).optional(),
  code_challenge_methods_supported: z.array(z.string()).optional(),
  token_endpoint_auth_methods_supported: z.array(z.string()).optional(),
});
export type SmartConfiguration = z.infer<typeof smartConfigurationSchema>;

export const DISCOVERY_TIMEOUT_MS = 5000;

export class DiscoveryError extends Error {}

export async function discoverSmart(issuer: string): Promise<SmartConfiguration> {
  const base = acceptableEndpoint(issuer);
  if (!base) throw new DiscoveryError("The EHR's address must be https.");
  const url = new URL(`${base.href.replace(/\/$/, "")}/.well-known/smart-configuration`);
  let body: unknown;
  try {
    const res = await fetch(url, {
      headers: { accept: "application/json" },
      redirect: "error",
      signal: AbortSignal.timeout(DISCOVERY_TIMEOUT_MS),
    });
    if (!res.ok) throw new DiscoveryError(`The EHR answered ${res.status} to discovery.`);
    body = await res.json();
  } catch (error) {
    if (error instanceof DiscoveryError) throw error;
    throw new DiscoveryError("The EHR could not be reached for discovery.");
  }
  const parsed = smartConfigurationSchema.safeParse(body);
  if (!parsed.success) throw new DiscoveryError("The EHR's SMART configuration is not usable.");
  const config = parsed.data;
  for (const endpoint of [config.authorization_endpoint, config.token_endpoint])
    if (!acceptableEndpoint(endpoint))
      throw new DiscoveryError("The EHR's endpoints must be https.");
  if (
    config.code_challenge_methods_supported &&
    !config.code_challenge_methods_supported.includes("S256")
  )
    throw new DiscoveryError("The EHR does not support PKCE with S256.");
  return config;
}

/** Discovery, or null when the EHR cannot be reached or its configuration is not usable. */
export async function tryDiscoverSmart(issuer: string): Promise<SmartConfiguration | null> {
  try {
    return await discoverSmart(issuer);
  } catch (error) {
    if (error instanceof DiscoveryError) return null;
    throw error;
  }
}
