import "server-only";
import { cookies } from "next/headers";
import { safeTimeZone, TIME_ZONE_COOKIE } from "@/lib/report/local-time";

/**
 * The clinician's time zone for server-rendered times: what their browser reported in the
 * cookie (any zone Intl knows; anything else, or none yet, is UTC, and says so).
 */
export async function readTimeZone(): Promise<{ timeZone: string; reported?: string }> {
  const reported = (await cookies()).get(TIME_ZONE_COOKIE)?.value;
  return { timeZone: safeTimeZone(reported), reported };
}
