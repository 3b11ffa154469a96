"use server";
import { registerEhrSchema, registerIdentityProviderSchema } from "@/lib/accounts/ehr-schemas";
import { IssuerTakenError, registerConnection } from "@/lib/dal/ehr-connections";
import { registerIdentityProvider } from "@/lib/dal/identity-providers";
import { clientKey, UnsupportedClientKeyError } from "@/lib/smart/client-keys";
import { failure } from "./result";
import { createAction } from "./safe-action";

/** A clinic admin registers (or updates) an EHR for their own clinic. */
export const registerEhrAction = createAction(
  {
    name: "register-ehr",
    role: "admin",
    schema: registerEhrSchema,
    rateLimit: { points: 20, duration: 60 },
  },
  async (input, admin) => {
    try {
      // Only a key SMART accepts (RS384 / ES384) is stored: its JWKS must be servable.
      if (input.privateKeyPem?.trim()) await clientKey(input.privateKeyPem.trim());
      const id = await registerConnection(admin, {
        ...input,
        clientSecret: input.clientSecret?.trim() || undefined,
        privateKeyPem: input.privateKeyPem?.trim() || undefined,
      });
      return { ok: true, data: { id } };
    } catch (error) {
      if (error instanceof IssuerTakenError)
        return failure("Check the highlighted fields.", { issuer: [error.message] });
      if (error instanceof UnsupportedClientKeyError)
        return failure("Check the highlighted fields.", { privateKeyPem: [error.message] });
      throw error;
    }
  },
);

/** A clinic admin registers their clinic's OpenID Connect provider for one email domain. */
export const registerIdentityProviderAction = createAction(
  {
    name: "register-identity-provider",
    role: "admin",
    schema: registerIdentityProviderSchema,
    rateLimit: { points: 20, duration: 60 },
  },
  async (input, admin) => {
    const id = await registerIdentityProvider(admin, {
      ...input,
      clientSecret: input.clientSecret?.trim() || undefined,
    });
    if (!id)
      return failure("Check the highlighted fields.", {
        emailDomain: ["Another clinic signs in with this email domain."],
      });
    return { ok: true, data: { id } };
  },
);
