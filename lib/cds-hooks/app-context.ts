/**
 * What a card's SMART link asks the launched app to open, carried as the link's `appContext`
 * (CDS Hooks 2.0 §Link): the EHR hands the string back unchanged to the app in the launch's
 * token response (SMART App Launch 2, launch context `appContext`). One shape, written by the
 * cards and read by the launch callback (lib/smart/launch-finish.ts).
 */
export type AppContext = { open: "summary"; assessmentId: string } | { open: "new-checklist" };

export const appContextString = (context: AppContext): string => JSON.stringify(context);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The summary an appContext asks for, or undefined for anything else: no context, the new
 * checklist, text that is not this shape (another app's context, a tampered one). Whether the
 * summary may be shown is the caller's check, never this string's say.
 */
export function summaryAskedFor(appContext: unknown): string | undefined {
  if (typeof appContext !== "string" || appContext.length > 500) return undefined;
  try {
    const parsed = JSON.parse(appContext) as Partial<Record<string, unknown>> | null;
    return parsed?.open === "summary" &&
      typeof parsed.assessmentId === "string" &&
      UUID.test(parsed.assessmentId)
      ? parsed.assessmentId.toLowerCase()
      : undefined;
  } catch {
    return undefined;
  }
}
