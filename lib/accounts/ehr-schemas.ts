/**
 * The admin's EHR registration form (Admin → EHR), checked the same way in the form and in the
 * action. Secrets are optional: a public client relies on PKCE alone.
 */
import { z } from "zod";
import { acceptableEndpoint } from "@/lib/smart/endpoints";

export const writeBackModes = [
  { value: "on-submit", label: "Write to the EHR when the assessment is submitted" },
  { value: "on-click", label: "Write only when the clinician clicks “Write to the EHR”" },
  { value: "never", label: "Never write to the EHR" },
] as const;

export const userPolicies = [
  {
    value: "link-by-email",
    label: "Link to the clinician of this clinic with the same email (refuse others)",
  },
  { value: "create", label: "Create a clinician account at the first launch" },
] as const;

/** The fields every OAuth client registration has: what the other party is, and the app's id there. */
const oauthClientFields = (party: string, address: string) => ({
  name: z
    .string()
    .trim()
    .min(1, { error: `Give the ${party} a name.` })
    .max(120, { error: "Keep the name to 120 characters." }),
  issuer: z
    .string()
    .trim()
    .max(500, { error: "Keep the address to 500 characters." })
    .refine((v) => acceptableEndpoint(v) !== null, {
      error: `Enter the ${party}'s ${address}, starting with https://.`,
    }),
  clientId: z
    .string()
    .trim()
    .min(1, { error: `Enter the client id the ${party} gave the app.` })
    .max(200, { error: "Keep the client id to 200 characters." }),
  clientSecret: z.string().max(500, { error: "Keep the secret to 500 characters." }).optional(),
});

export const registerEhrSchema = z.object({
  ...oauthClientFields("EHR", "FHIR base URL"),
  privateKeyPem: z
    .string()
    .max(8000, { error: "The key is too long." })
    .refine(
      (v) =>
        !v ||
        /^-----BEGIN (EC )?PRIVATE KEY-----[\s\S]+-----END (EC )?PRIVATE KEY-----\s*$/.test(
          v.trim(),
        ),
      {
        error: "Paste a PKCS#8 private key in PEM form (-----BEGIN PRIVATE KEY-----).",
      },
    )
    .optional(),
  writeBack: z.enum(["on-submit", "on-click", "never"], {
    error: "Choose when to write to the EHR.",
  }),
  userPolicy: z.enum(["link-by-email", "create"], {
    error: "Choose how EHR users become clinicians.",
  }),
});
export type RegisterEhrInput = z.infer<typeof registerEhrSchema>;

/** The clinic's own OpenID Connect provider for sign-in (Admin → EHR, second form). */
export const registerIdentityProviderSchema = z.object({
  ...oauthClientFields("provider", "issuer URL"),
  emailDomain: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^(?=.{3,253}$)([a-z0-9-]+\.)+[a-z]{2,}$/, {
      error: "Enter the email domain, e.g. clinic.example.org.",
    }),
});
export type RegisterIdentityProviderInput = z.infer<typeof registerIdentityProviderSchema>;
