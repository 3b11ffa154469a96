import { z } from "zod";

/**
 * NIST SP 800-63B style: length over composition rules, a ceiling so hashing stays cheap,
 * and a refusal of passwords that are the email itself or trivially common.
 */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

const common = new Set([
  "password1234",
  "123456789012",
  "qwertyuiopas",
  "passwordpassword",
  "letmein12345",
  "iloveyou1234",
  "welcome12345",
  "kratomkratom",
  "changeme1234",
  "administrator",
]);

export const newPasswordSchema = z
  .string({ error: "Enter a password." })
  .min(PASSWORD_MIN, { error: `Use at least ${PASSWORD_MIN} characters.` })
  .max(PASSWORD_MAX, { error: `Use at most ${PASSWORD_MAX} characters.` })
  .refine((p) => !common.has(p.toLowerCase()), { error: "This password is too common." })
  .refine((p) => new Set(p).size >= 5, { error: "Use a less repetitive password." });
