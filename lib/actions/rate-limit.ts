import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db";

/** Limits live in PostgreSQL so every app instance counts against the same budget. */
const limiters = new Map<string, RateLimiterPrisma>();

function limiter(points: number, duration: number) {
  const id = `${points}/${duration}`;
  let l = limiters.get(id);
  if (!l) {
    l = new RateLimiterPrisma({
      storeClient: db,
      tableName: "actionRateLimit",
      points,
      duration,
      keyPrefix: id,
      clearExpiredByTimeout: false,
    });
    limiters.set(id, l);
  }
  return l;
}

export interface RateLimitRule {
  points: number;
  /** Window in seconds. */
  duration: number;
}

/** True when the call is allowed; false when the key has used its budget for this window. */
export async function consume(key: string, rule: RateLimitRule): Promise<boolean> {
  try {
    await limiter(rule.points, rule.duration).consume(key);
    return true;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return false;
    throw rejection;
  }
}
