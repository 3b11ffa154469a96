/**
 * Dates and times as the clinician reads them: in their own time zone (the browser's, sent in
 * the `tz` cookie; lib/http/time-zone.ts), with the zone named, so a time is never ambiguous.
 * Pure: the summary, the lists and the tests format the same way.
 */

/**
 * A time zone Intl knows, or UTC: a bad value from a browser never breaks a page or the note.
 * Here, in a module that imports nothing, because the client's time-zone cookie reads this file.
 */
export function safeTimeZone(tz: string | undefined): string {
  if (!tz) return "UTC";
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: tz });
    return tz;
  } catch {
    return "UTC";
  }
}

const format = (d: Date, timeZone: string | undefined, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat("en-GB", { ...options, timeZone: safeTimeZone(timeZone) }).format(d);

/** "7 Dec 2026" */
export const dayIn = (d: Date, timeZone?: string) => format(d, timeZone, { dateStyle: "medium" });

/** "7 Dec 2026, 09:14 CET" */
export const dateTimeIn = (d: Date, timeZone?: string) =>
  format(d, timeZone, {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZoneName: "short",
  });

/** "09:14" */
export const timeIn = (d: Date, timeZone?: string) =>
  format(d, timeZone, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

/** The cookie the browser's time zone travels in (components/ui/time-zone-cookie.tsx). */
export const TIME_ZONE_COOKIE = "tz";
