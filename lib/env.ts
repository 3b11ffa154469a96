/**
 * Server configuration, validated once. Nothing else in the app reads process.env.
 * Validation is lazy (first use) so `next build` needs no secrets; `instrumentation.ts`
 * calls it at server start so bad configuration fails there, not on a clinician's submit.
 */
import { z } from "zod";
import { parseTrustedProxies } from "@/lib/http/client-address";

const base64Key = (name: string) =>
  z.string({ error: `${name} is missing.` }).refine((v) => Buffer.from(v, "base64").length === 32, {
    error: `${name} must be 32 random bytes, base64-encoded.`,
  });

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is missing: run `npm start`, or set it to a PostgreSQL URL." })
    .regex(/^postgres(ql)?:\/\//, { error: "DATABASE_URL must be a postgresql:// URL." }),
  /** The publisher's own role (it alone writes the published figures); optional, see lib/db.ts. */
  PUBLISHER_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: "PUBLISHER_DATABASE_URL must be a postgresql:// URL." })
    .optional(),
  BETTER_AUTH_SECRET: z
    .string({ error: "BETTER_AUTH_SECRET is missing." })
    .min(32, { error: "BETTER_AUTH_SECRET must be at least 32 characters." }),
  BETTER_AUTH_URL: z.url({ error: "BETTER_AUTH_URL must be the app's public URL." }),
  PATIENT_REF_HMAC_KEY: base64Key("PATIENT_REF_HMAC_KEY"),
  /** "id:base64key,id:base64key": the first encrypts, all decrypt (key rotation). */
  ENCRYPTION_KEYS: z.string({ error: "ENCRYPTION_KEYS is missing." }).transform((v, ctx) => {
    const keys = v.split(",").map((pair) => {
      const [id, key] = pair.trim().split(":");
      return { id: id ?? "", key: Buffer.from(key ?? "", "base64") };
    });
    for (const k of keys) {
      if (!/^[a-z0-9]{1,8}$/.test(k.id) || k.key.length !== 32) {
        ctx.addIssue({
          code: "custom",
          message: "ENCRYPTION_KEYS must be id:base64(32 bytes) pairs, comma-separated.",
        });
        return z.NEVER;
      }
    }
    return keys;
  }),
  DEMO_MODE: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "silent"]).default("info"),
  /**
   * Addresses of reverse proxies whose X-Forwarded-For is believed, comma-separated. Empty (the
   * default): forwarding headers are ignored and the socket's peer is the client.
   */
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .transform((v, ctx) => {
      try {
        return parseTrustedProxies(v);
      } catch (error) {
        ctx.addIssue({
          code: "custom",
          message: `TRUSTED_PROXIES must be IP addresses, comma-separated: ${(error as Error).message}`,
        });
        return z.NEVER;
      }
    }),
  /** Demo mode: the local test EHR's address, shown on the sign-in page (`npm start`). */
  DEMO_EHR_URL: z.url({ error: "DEMO_EHR_URL must be a URL." }).optional(),
  SUPPRESSION_THRESHOLD: z.coerce.number().int().min(2).max(100).default(11),
  /** How long a CDS hook may take before it answers an empty card list (docs/cds-hooks.md). */
  CDS_HOOK_BUDGET_MS: z.coerce.number().int().min(50).max(5000).default(500),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}
