import { z } from "zod";
import { newPasswordSchema } from "@/lib/auth/password-policy";
import { patientReferenceSchema } from "@/lib/checklist/patient-reference-schema";

/**
 * What a clinic admin may send when managing accounts. Pure: the same schemas drive the
 * forms (zodResolver) and the server actions (safeParse). No clinic or role field exists
 * here on purpose: both come from the admin's own session, never from the request.
 */

/** Ids are ours (uuid from the CLI/seed) or better-auth's (base62): never a path or a query. */
export const userIdSchema = z
  .string({ error: "Choose an account." })
  .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: "Choose an account." });

const nameSchema = z
  .string({ error: "Enter the clinician's name." })
  .trim()
  .min(1, { error: "Enter the clinician's name." })
  .max(120, { error: "Use at most 120 characters." })
  // Control characters have no place in a display name (log and CSV injection).
  .refine((v) => !/\p{Cc}/u.test(v), { error: "Use letters, spaces and punctuation only." });

const emailSchema = z
  .email({ error: "Enter a valid email address." })
  .max(254, { error: "Use at most 254 characters." })
  .toLowerCase();

/** The password must not be the email or its local part (the first thing an attacker tries). */
export function notDerivedFromEmail(value: { email: string; password: string }): boolean {
  const password = value.password.toLowerCase();
  const email = value.email.toLowerCase();
  const local = email.split("@")[0] ?? "";
  return password !== email && !(local.length >= 4 && password.includes(local));
}

/** No password here: the clinician sets their own through a one-time invitation link. */
export const createClinicianSchema = z.object({ name: nameSchema, email: emailSchema });
export type CreateClinicianInput = z.infer<typeof createClinicianSchema>;

export const userTargetSchema = z.object({ userId: userIdSchema });
export type UserTargetInput = z.infer<typeof userTargetSchema>;

/** An invitation or reset token as lib/dal/invitations.ts makes it (32 bytes, base64url). */
export const invitationTokenSchema = z
  .string({ error: "This link is not valid." })
  .regex(/^[A-Za-z0-9_-]{43}$/, { error: "This link is not valid." });

/** What the person holding an invitation link sends: their own new password, twice. */
export const setPasswordSchema = z
  .object({
    token: invitationTokenSchema,
    password: newPasswordSchema,
    confirm: z.string({ error: "Enter the password again." }),
  })
  .refine((v) => v.password === v.confirm, {
    path: ["confirm"],
    error: "The two passwords are not the same.",
  });
export type SetPasswordInput = z.infer<typeof setPasswordSchema>;

/**
 * Erasing one patient's assessments. The request reference is the clinic's own number for the
 * documented request (it goes into the audit log, so it must not carry patient data: letters,
 * digits and `-_./` only). The patient reference is typed as the clinicians typed it.
 */
export const erasePatientSchema = z.object({
  patientReference: patientReferenceSchema,
  requestReference: z
    .string({ error: "Enter the request's reference." })
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_./-]{0,39}$/, {
      error: "Use up to 40 letters, digits and - _ . / (no names or patient details).",
    }),
  /** False: only count what matches. True: erase, if exactly `expected` assessments match. */
  confirm: z.boolean(),
  expected: z.number().int().min(0).max(100_000).optional(),
});
export type ErasePatientInput = z.infer<typeof erasePatientSchema>;

export const AUDIT_PAGE_SIZE = 50;

/** `?page=` of the audit log; anything odd is page 1 rather than an error page. */
export const auditPageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);
