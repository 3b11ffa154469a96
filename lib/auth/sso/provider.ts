import "server-only";
import type { IdentityProvider } from "@/lib/dal/identity-providers";
import { acceptableEndpoint, isLoopback } from "@/lib/smart/endpoints";
import { oauth } from "@/lib/smart/oauth";

/**
 * OpenID discovery of a clinic's provider with openid-client (5 s), authenticating with its
 * client secret (or as a public client with PKCE only). https only; http only on loopback.
 */
export async function discoverProvider(
  provider: IdentityProvider,
): Promise<oauth.Configuration | null> {
  const issuer = acceptableEndpoint(provider.issuer);
  if (!issuer) return null;
  try {
    return await oauth.discovery(
      issuer,
      provider.clientId,
      undefined,
      provider.clientSecret ? oauth.ClientSecretBasic(provider.clientSecret) : oauth.None(),
      {
        timeout: 5,
        ...(isLoopback(issuer) && issuer.protocol === "http:"
          ? { execute: [oauth.allowInsecureRequests] }
          : {}),
      },
    );
  } catch {
    return null;
  }
}
