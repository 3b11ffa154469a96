import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { Prisma } from "@prisma/client";
import { type BuiltCard, OVERRIDE_REASONS_SYSTEM, overrideReasonCodes } from "@/lib/cds-hooks";
import type { FeedbackRequest } from "@/lib/cds-hooks/schemas";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import type { CdsCaller } from "./caller";
import { rowsWithin } from "./sql";

/** An order as a hash of the patient's keyed hash and the order's id: no identifier stored. */
export const orderKeyOf = (patientKey: string, orderRef: string) =>
  createHash("sha256").update(`${patientKey}\u0000${orderRef}`).digest("hex");

/**
 * Records the cards about to be shown, with an audit entry each, and returns those to show, in
 * one statement:
 * - a card whose findings were all already on a card for the same order and medicine that got
 *   feedback (accepted or overridden) is dropped: the prescriber has seen and acknowledged them
 *   (a new finding for the same order brings the card back);
 * - the statement runs in a transaction whose statement timeout is the time left: if it cannot
 *   finish in time it rolls back and no card is shown, so every card shown is recorded and
 *   nothing recorded went unshown.
 */
export async function recordShown(
  caller: CdsCaller,
  serviceId: string,
  patientKey: string,
  cards: BuiltCard[],
  remainingMs: number,
): Promise<BuiltCard[]> {
  if (cards.length === 0) return [];
  // The statement must end before the hook's budget answers "no cards", or a card would be
  // recorded and audited as shown while the EHR got an empty list: a margin for the round trip
  // back, and nothing recorded at all when less than that is left.
  const RECORD_MARGIN_MS = 15;
  if (remainingMs < 2 * RECORD_MARGIN_MS)
    throw new Error("budget spent before the cards were recorded");

  const rows = cards.map(
    (c) =>
      Prisma.sql`(${c.card.uuid}::uuid, ${c.orderRef ? orderKeyOf(patientKey, c.orderRef) : null}::varchar,
        ${c.medicationId}::varchar, ${c.findingIds}::varchar[], ${c.card.indicator}::varchar)`,
  );
  const shown = await rowsWithin<{ id: string }>(
    Prisma.sql`
      WITH v (id, key, med, findings, indicator) AS (VALUES ${Prisma.join(rows)}),
      kept AS (
        SELECT v.* FROM v
        WHERE v.key IS NULL OR NOT EXISTS (
          SELECT 1 FROM cds_card c
          WHERE c."clinicId" = ${caller.clinicId}::uuid AND c."orderKey" = v.key
            AND c."medicationId" = v.med AND c."findingIds" @> v.findings
            AND EXISTS (SELECT 1 FROM cds_feedback f WHERE f."cardId" = c.id)
        )
      ),
      card AS (
        INSERT INTO cds_card (id, "orderKey", "medicationId", "findingIds", indicator, "clinicId", "clientId", "serviceId")
        SELECT id, key, med, findings, indicator, ${caller.clinicId}::uuid, ${caller.id}::uuid, ${serviceId}
        FROM kept
        RETURNING id
      ),
      audit AS (
        INSERT INTO audit_event ("actorId", "actorRole", "clinicId", action, "targetType", "targetId")
        SELECT ${caller.id}, 'cds-client', ${caller.clinicId}::uuid, 'cds.card-shown', 'cds-card', id::text
        FROM card
      )
      SELECT id::text AS id FROM card`,
    remainingMs - RECORD_MARGIN_MS,
  );
  const ids = new Set(shown.map((r) => r.id));
  const kept = cards.filter((c) => ids.has(c.card.uuid as string));
  if (kept.length > 0)
    logger.info(
      { audit: "cds.card-shown", actor: caller.id, cards: kept.length },
      "CDS cards shown",
    );
  return kept;
}

/** The stored reason: one of the service's own codes, "other" for any other, none if accepted. */
function reasonOf(entry: FeedbackRequest["feedback"][number]): string | null {
  if (entry.outcome !== "overridden") return null;
  const r = entry.overrideReason?.reason;
  if (r?.system === OVERRIDE_REASONS_SYSTEM && r.code && overrideReasonCodes.has(r.code))
    return r.code;
  return entry.overrideReason ? "other" : null;
}

/**
 * Stores feedback on this caller's own cards (others' or unknown cards are ignored) with an
 * audit entry each, in one transaction. The free-text comment is never stored. Returns how many
 * entries were stored.
 */
export async function recordFeedback(caller: CdsCaller, body: FeedbackRequest): Promise<number> {
  const ids = body.feedback.map((f) => f.card).filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  const own = new Set(
    (
      await db.cdsCard.findMany({
        where: { id: { in: ids }, clientId: caller.id, clinicId: caller.clinicId },
        select: { id: true },
      })
    ).map((c) => c.id),
  );
  const rows = body.feedback
    .filter((f) => own.has(f.card))
    .map((f) => ({
      id: randomUUID(),
      cardId: f.card,
      clinicId: caller.clinicId,
      outcome: f.outcome,
      overrideReason: reasonOf(f),
      outcomeAt: new Date(f.outcomeTimestamp),
    }));
  if (rows.length > 0)
    await db.$transaction([
      db.cdsFeedback.createMany({ data: rows }),
      db.auditEvent.createMany({
        data: rows.map((r) => ({
          action: "cds.feedback",
          actorId: caller.id,
          actorRole: "cds-client",
          clinicId: caller.clinicId,
          targetType: "cds-card",
          targetId: r.cardId,
          outcome: "ok",
        })),
      }),
    ]);
  if (rows.length < body.feedback.length)
    logger.warn(
      { cds: "feedback", client: caller.id, ignored: body.feedback.length - rows.length },
      "feedback on unknown cards ignored",
    );
  return rows.length;
}
