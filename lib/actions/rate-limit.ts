import "server-only";
import { db } from "@/lib/db";

export interface RateLimitRule {
  points: number;
  /** Window in seconds. */
  duration: number;
}

/**
 * True when the call is allowed; false when the key has used its budget for this window.
 * Limits live in PostgreSQL (`action_rate_limit`) so every app instance counts against the same
 * budget. One statement per call: the upsert starts a fresh window when the stored one has
 * expired and otherwise adds one, and returns the count; the row lock makes concurrent calls
 * count one after another. Timestamps are UTC, as Prisma writes them.
 */
export async function consume(key: string, rule: RateLimitRule): Promise<boolean> {
  const id = `${rule.points}/${rule.duration}:${key}`;
  const rows = await db.$queryRaw<{ points: number }[]>`
    INSERT INTO "action_rate_limit" AS r ("key", "points", "expire")
    VALUES (${id}, 1, now() AT TIME ZONE 'UTC' + make_interval(secs => ${rule.duration}))
    ON CONFLICT ("key") DO UPDATE SET
      "points" = CASE WHEN r."expire" IS NULL OR r."expire" <= now() AT TIME ZONE 'UTC'
        THEN 1 ELSE r."points" + 1 END,
      "expire" = CASE WHEN r."expire" IS NULL OR r."expire" <= now() AT TIME ZONE 'UTC'
        THEN excluded."expire" ELSE r."expire" END
    RETURNING "points"`;
  return (rows[0]?.points ?? Number.POSITIVE_INFINITY) <= rule.points;
}
