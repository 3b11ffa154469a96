import "server-only";
import { Prisma } from "@prisma/client";
import { db } from "@/lib/db";

export interface RateLimitRule {
  points: number;
  /** Window in seconds. */
  duration: number;
}

/** Once the count reaches `at`, the window is replaced by one of `seconds` from that moment. */
export interface WindowLock {
  at: number;
  seconds: number;
}

/**
 * Counts one hit against `key` and returns the count in its current window. Counters live in
 * PostgreSQL (`action_rate_limit`) so every app instance counts against the same budget. One
 * statement: the upsert starts a fresh window when the stored one has expired (count 1) and
 * otherwise adds one; the row lock makes concurrent calls count one after another. With `lock`,
 * the hit that brings the count to `lock.at` extends the window to `lock.seconds` from now.
 * Timestamps are UTC, as Prisma writes them.
 */
export async function countHit(
  key: string,
  windowSeconds: number,
  lock?: WindowLock,
): Promise<number> {
  const now = Prisma.sql`(now() AT TIME ZONE 'UTC')`;
  const expired = Prisma.sql`coalesce(r."expire", '-infinity') <= ${now}`;
  const locks = lock
    ? Prisma.sql`WHEN r."points" + 1 = ${lock.at} THEN ${now} + make_interval(secs => ${lock.seconds})`
    : Prisma.empty;
  const [row] = await db.$queryRaw<{ points: number }[]>`
    INSERT INTO "action_rate_limit" AS r ("key", "points", "expire")
    VALUES (${key}, 1, ${now} + make_interval(secs => ${windowSeconds}))
    ON CONFLICT ("key") DO UPDATE SET
      "points" = CASE WHEN ${expired} THEN 1 ELSE r."points" + 1 END,
      "expire" = CASE WHEN ${expired} THEN excluded."expire" ${locks} ELSE r."expire" END
    RETURNING "points"`;
  return Number(row?.points ?? Number.POSITIVE_INFINITY);
}

/** True when the call is allowed; false when the key has used its budget for this window. */
export async function consume(key: string, rule: RateLimitRule): Promise<boolean> {
  return (await countHit(`${rule.points}/${rule.duration}:${key}`, rule.duration)) <= rule.points;
}
