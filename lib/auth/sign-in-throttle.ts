import "server-only";
import { createHmac } from "node:crypto";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

/**
 * Per-email failure throttle for sign-in, on top of the per-address limit in the action
 * wrapper (which a botnet spreads out) and better-auth's own HTTP limit. After MAX_FAILURES
 * failed attempts for one email within WINDOW, that email is refused for LOCK, whatever the
 * password, with the same words as a wrong password. It applies to any email, existing or not,
 * so it reveals nothing about which accounts exist. Counters live in PostgreSQL (shared by all
 * instances), keyed by an HMAC of the lowercased email so the table holds no addresses.
 */
export const MAX_FAILURES = 5;
export const WINDOW_SECONDS = 15 * 60;
export const LOCK_SECONDS = 15 * 60;

let limiter: RateLimiterPrisma | undefined;
function failures(): RateLimiterPrisma {
  limiter ??= new RateLimiterPrisma({
    storeClient: db,
    tableName: "actionRateLimit",
    keyPrefix: "sign-in-email",
    points: MAX_FAILURES,
    duration: WINDOW_SECONDS,
    clearExpiredByTimeout: false,
  });
  return limiter;
}

export function emailKey(email: string): string {
  return createHmac("sha256", env().BETTER_AUTH_SECRET)
    .update(`sign-in-throttle\u0000${email.trim().toLowerCase()}`)
    .digest("hex");
}

/** True while this email has used up its failures (blocked rows hold MAX_FAILURES + 1). */
export async function isEmailLocked(email: string): Promise<boolean> {
  const state = await failures().get(emailKey(email));
  return state !== null && state.consumedPoints > MAX_FAILURES;
}

/** Counts one failure; the one that reaches MAX_FAILURES locks the email for LOCK_SECONDS. */
export async function recordFailure(email: string): Promise<void> {
  const key = emailKey(email);
  try {
    const state = await failures().consume(key);
    if (state.consumedPoints >= MAX_FAILURES) await failures().block(key, LOCK_SECONDS);
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    // Already over the budget (a race between two instances): make sure it is locked.
    await failures().block(key, LOCK_SECONDS);
  }
}

/** A successful sign-in forgets earlier failures. */
export async function clearFailures(email: string): Promise<void> {
  await failures().delete(emailKey(email));
}
