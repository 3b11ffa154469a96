"use server";
import { registerEhrSchema } from "@/lib/accounts/ehr-schemas";
import { IssuerTakenError, registerConnection } from "@/lib/dal/ehr-connections";
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
      const id = await registerConnection(admin, {
        ...input,
        clientSecret: input.clientSecret?.trim() || undefined,
        privateKeyPem: input.privateKeyPem?.trim() || undefined,
      });
      return { ok: true, data: { id } };
    } catch (error) {
      if (error instanceof IssuerTakenError)
        return failure("Check the highlighted fields.", { issuer: [error.message] });
      throw error;
    }
  },
);
