import "server-only";
import { createHmac } from "node:crypto";
import { countHit } from "@/lib/actions/rate-limit";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

/**
 * Per-email attempt budget for sign-in, on top of the per-address limit in the action wrapper
 * (which a botnet spreads out). Every attempt takes one unit from the budget in ONE statement
 * BEFORE the password is checked, so parallel guesses cannot all slip through while the
 * ~100 ms hash runs: of N simultaneous guesses at most MAX_FAILURES are ever checked. The
 * attempt that reaches MAX_FAILURES starts a LOCK_SECONDS lock. Any email is counted, existing
 * or not, so the answers reveal nothing about which accounts exist. Counters live in
 * PostgreSQL (shared by all instances), keyed by an HMAC of the lowercased email so the table
 * holds no addresses.
 */
export const MAX_FAILURES = 5;
export const WINDOW_SECONDS = 15 * 60;
export const LOCK_SECONDS = 15 * 60;

const PREFIX = "sign-in-email:";

export function emailKey(email: string): string {
  return createHmac("sha256", env().BETTER_AUTH_SECRET)
    .update(`sign-in-throttle\u0000${email.trim().toLowerCase()}`)
    .digest("hex");
}

export interface SignInAttempt {
  /** False once the budget is used: refuse without checking the password. */
  allowed: boolean;
  /** This attempt's number in the window, for forgetAttempts. */
  number: number;
}

/**
 * Takes one attempt from the email's budget, atomically (one upsert under the row lock, see
 * countHit): a new window when the last one has expired, otherwise one more, and the lock when
 * this attempt is the last one allowed.
 */
export async function takeAttempt(email: string): Promise<SignInAttempt> {
  const number = await countHit(PREFIX + emailKey(email), WINDOW_SECONDS, {
    at: MAX_FAILURES,
    seconds: LOCK_SECONDS,
  });
  return { allowed: number <= MAX_FAILURES, number };
}

/**
 * After a successful sign-in, forget the earlier failures, but only when no other attempt has
 * been taken since this one (compare-and-set on the count): a success racing parallel guesses
 * leaves their count, and the lock, in place.
 */
export async function forgetAttempts(email: string, attempt: SignInAttempt): Promise<void> {
  const key = PREFIX + emailKey(email);
  await db.$executeRaw`DELETE FROM action_rate_limit WHERE key = ${key} AND points = ${attempt.number}`;
}

/** True while this email has used up its attempts. */
export async function isEmailLocked(email: string): Promise<boolean> {
  const key = PREFIX + emailKey(email);
  const [row] = await db.$queryRaw<{ points: number }[]>`
    SELECT points FROM action_rate_limit
    WHERE key = ${key} AND expire > (now() AT TIME ZONE 'UTC')`;
  return row !== undefined && row.points >= MAX_FAILURES;
}
