import "server-only";
import { createHmac } from "node:crypto";
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
 * Takes one attempt from the email's budget, atomically (INSERT … ON CONFLICT DO UPDATE takes
 * the row lock): a new window when the last one has expired, otherwise one more, and the lock
 * when this attempt is the last one allowed. Times are UTC, as Prisma stores them.
 */
export async function takeAttempt(email: string): Promise<SignInAttempt> {
  const key = PREFIX + emailKey(email);
  const [row] = await db.$queryRaw<{ points: number }[]>`
    INSERT INTO action_rate_limit (key, points, expire)
    VALUES (${key}, 1, (now() AT TIME ZONE 'UTC') + make_interval(secs => ${WINDOW_SECONDS}))
    ON CONFLICT (key) DO UPDATE SET
      points = CASE
        WHEN coalesce(action_rate_limit.expire, '-infinity') <= (now() AT TIME ZONE 'UTC') THEN 1
        ELSE action_rate_limit.points + 1 END,
      expire = CASE
        WHEN coalesce(action_rate_limit.expire, '-infinity') <= (now() AT TIME ZONE 'UTC')
          THEN (now() AT TIME ZONE 'UTC') + make_interval(secs => ${WINDOW_SECONDS})
        WHEN action_rate_limit.points + 1 = ${MAX_FAILURES}
          THEN (now() AT TIME ZONE 'UTC') + make_interval(secs => ${LOCK_SECONDS})
        ELSE action_rate_limit.expire END
    RETURNING points`;
  const number = Number(row?.points ?? Number.POSITIVE_INFINITY);
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
