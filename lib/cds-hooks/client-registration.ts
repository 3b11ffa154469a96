/**
 * The form that registers an EHR as a CDS client of the admin's clinic (the same schema checks
 * the form and the server action). Addresses must be https, except on the loopback interface
 * (a test EHR on the same machine).
 */
import { z } from "zod";

function secureUrl(what: string) {
  return z
    .string()
    .trim()
    .max(500, { error: `Keep the ${what} to 500 characters.` })
    .refine(
      (v) => {
        try {
          const u = new URL(v);
          const loopback = ["127.0.0.1", "localhost", "[::1]"].includes(u.hostname);
          return u.protocol === "https:" || (u.protocol === "http:" && loopback);
        } catch {
          return false;
        }
      },
      { error: `Enter the ${what} as an https:// address.` },
    );
}

export const registerCdsClientSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, { error: "Enter a name for this EHR." })
    .max(120, { error: "Keep the name to 120 characters." }),
  issuer: z
    .string()
    .trim()
    .min(1, { error: "Enter the issuer (iss) the EHR puts in its tokens." })
    .max(255, { error: "Keep the issuer to 255 characters." }),
  jwksUrl: secureUrl("JWKS address"),
  fhirServer: z.union([z.literal(""), secureUrl("FHIR server address")]).optional(),
  patientViewEnabled: z.boolean(),
});
export type RegisterCdsClientInput = z.infer<typeof registerCdsClientSchema>;

export const cdsClientTargetSchema = z.object({
  clientId: z.uuid({ error: "Unknown EHR registration." }),
  patientViewEnabled: z.boolean().optional(),
  active: z.boolean().optional(),
});
export type CdsClientTargetInput = z.infer<typeof cdsClientTargetSchema>;
