import { z } from "zod";
import { newPasswordSchema } from "@/lib/auth/password-policy";

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

export const createClinicianSchema = z
  .object({ name: nameSchema, email: emailSchema, password: newPasswordSchema })
  .refine(notDerivedFromEmail, {
    path: ["password"],
    error: "Do not use the email address in the password.",
  });
export type CreateClinicianInput = z.infer<typeof createClinicianSchema>;

export const userTargetSchema = z.object({ userId: userIdSchema });
export type UserTargetInput = z.infer<typeof userTargetSchema>;

export const resetPasswordSchema = z.object({ userId: userIdSchema, password: newPasswordSchema });
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;

export const AUDIT_PAGE_SIZE = 50;

/** `?page=` of the audit log; anything odd is page 1 rather than an error page. */
export const auditPageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);
