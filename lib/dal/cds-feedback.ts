import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { type FeedbackFigures, feedbackFigures } from "@/lib/cds-hooks/feedback-figures";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

/**
 * The admin's clinic's card figures, counted in SQL and perturbed (cell-key) before they leave the DAL.
 * Each card counts once by its latest feedback (a card acted on twice is not two decisions).
 */
export async function cdsFeedbackFigures(
  admin: SessionUser,
): Promise<FeedbackFigures & { threshold: number }> {
  // Each card's record key for the cell-key method: 20 bits of a hash of its id (ids are random
  // and never shown, so the keys are as unknown to an admin as assessments' random keys).
  const rows = await db.$queryRaw<
    { outcome: string | null; reason: string | null; n: bigint; keySum: bigint }[]
  >`
    SELECT f.outcome, f."overrideReason" AS reason, count(*)::bigint AS n,
           coalesce(sum(('x' || substr(md5(c.id::text), 1, 5))::bit(20)::int), 0)::bigint AS "keySum"
    FROM cds_card c
    LEFT JOIN LATERAL (
      SELECT outcome, "overrideReason" FROM cds_feedback
      WHERE "cardId" = c.id ORDER BY "outcomeAt" DESC, "receivedAt" DESC LIMIT 1
    ) f ON true
    WHERE c."clinicId" = ${admin.clinicId}::uuid
    GROUP BY 1, 2`;
  const zero = () => ({ n: 0, keySum: 0 });
  const counts = {
    shown: zero(),
    accepted: zero(),
    overridden: zero(),
    reasons: {} as Record<string, { n: number; keySum: number }>,
  };
  const add = (to: { n: number; keySum: number }, n: number, keySum: number) => {
    to.n += n;
    to.keySum += keySum;
  };
  for (const r of rows) {
    const n = Number(r.n);
    const keySum = Number(r.keySum);
    add(counts.shown, n, keySum);
    if (r.outcome === "accepted") add(counts.accepted, n, keySum);
    if (r.outcome === "overridden") {
      add(counts.overridden, n, keySum);
      const key = r.reason ?? "none";
      counts.reasons[key] ??= zero();
      add(counts.reasons[key], n, keySum);
    }
  }
  const threshold = env().SUPPRESSION_THRESHOLD;
  return { ...feedbackFigures(counts, threshold), threshold };
}
