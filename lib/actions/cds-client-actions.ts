"use server";
import {
  cdsClientTargetSchema,
  registerCdsClientSchema,
} from "@/lib/cds-hooks/client-registration";
import { changeCdsClient, registerCdsClient } from "@/lib/dal/cds-clients";
import { failure } from "./result";
import { createAction } from "./safe-action";

// Clinic admins register the EHRs that may call the CDS Hooks service for their clinic; the DAL
// takes the clinic from the session and scopes every change to it.
const limit = { points: 30, duration: 60 };

export const registerCdsClientAction = createAction(
  { name: "register-cds-client", role: "admin", schema: registerCdsClientSchema, rateLimit: limit },
  async (input, admin) => {
    const outcome = await registerCdsClient(admin, input);
    if (outcome.status === "issuer-taken")
      return failure("Check the highlighted fields.", {
        issuer: ["This issuer is already registered (for this or another clinic)."],
      });
    return { ok: true, data: { clientId: outcome.clientId } };
  },
);

export const changeCdsClientAction = createAction(
  { name: "change-cds-client", role: "admin", schema: cdsClientTargetSchema, rateLimit: limit },
  async (input, admin) => {
    if (!(await changeCdsClient(admin, input)))
      return failure("This EHR was not found among your clinic's registrations.");
    return { ok: true, data: undefined };
  },
);
