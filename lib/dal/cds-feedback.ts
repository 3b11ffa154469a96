import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { type FeedbackFigures, feedbackFigures } from "@/lib/cds-hooks/feedback-figures";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

/**
 * The admin's clinic's card figures, counted in SQL and suppressed before they leave the DAL.
 * Each card counts once by its latest feedback (a card acted on twice is not two decisions).
 */
export async function cdsFeedbackFigures(
  admin: SessionUser,
): Promise<FeedbackFigures & { threshold: number }> {
  const rows = await db.$queryRaw<{ outcome: string | null; reason: string | null; n: bigint }[]>`
    SELECT f.outcome, f."overrideReason" AS reason, count(*)::bigint AS n
    FROM cds_card c
    LEFT JOIN LATERAL (
      SELECT outcome, "overrideReason" FROM cds_feedback
      WHERE "cardId" = c.id ORDER BY "outcomeAt" DESC, "receivedAt" DESC LIMIT 1
    ) f ON true
    WHERE c."clinicId" = ${admin.clinicId}::uuid
    GROUP BY 1, 2`;
  const counts = { shown: 0, accepted: 0, overridden: 0, reasons: {} as Record<string, number> };
  for (const r of rows) {
    const n = Number(r.n);
    counts.shown += n;
    if (r.outcome === "accepted") counts.accepted += n;
    if (r.outcome === "overridden") {
      counts.overridden += n;
      if (r.reason) counts.reasons[r.reason] = (counts.reasons[r.reason] ?? 0) + n;
    }
  }
  const threshold = env().SUPPRESSION_THRESHOLD;
  return { ...feedbackFigures(counts, threshold), threshold };
}
