import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { Prisma } from "@prisma/client";
import { type BuiltCard, OVERRIDE_REASONS_SYSTEM, overrideReasonCodes } from "@/lib/cds-hooks";
import type { FeedbackRequest } from "@/lib/cds-hooks/schemas";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import type { CdsCaller } from "./caller";

/** An order as a hash of the patient's keyed hash and the order's id: no identifier stored. */
export const orderKeyOf = (patientKey: string, orderRef: string) =>
  createHash("sha256").update(`${patientKey}\u0000${orderRef}`).digest("hex");

/**
 * Cards about an order whose findings were all already shown on a card for the same order and
 * medicine that got feedback (accepted or overridden) are dropped: the prescriber has seen and
 * acknowledged them. A new finding for the same order brings the card back.
 */
export async function withoutAcknowledged(
  caller: CdsCaller,
  patientKey: string,
  cards: BuiltCard[],
): Promise<BuiltCard[]> {
  const keys = [
    ...new Set(cards.flatMap((c) => (c.orderRef ? [orderKeyOf(patientKey, c.orderRef)] : []))),
  ];
  if (keys.length === 0) return cards;
  const acknowledged = await db.$queryRaw<
    { orderKey: string; medicationId: string; findingIds: string[] }[]
  >`
    SELECT c."orderKey", c."medicationId", c."findingIds" FROM cds_card c
    WHERE c."clinicId" = ${caller.clinicId}::uuid AND c."orderKey" IN (${Prisma.join(keys)})
      AND EXISTS (SELECT 1 FROM cds_feedback f WHERE f."cardId" = c.id)`;
  return cards.filter((c) => {
    if (!c.orderRef) return true;
    const key = orderKeyOf(patientKey, c.orderRef);
    return !acknowledged.some(
      (a) =>
        a.orderKey === key &&
        a.medicationId === c.medicationId &&
        c.findingIds.every((f) => a.findingIds.includes(f)),
    );
  });
}

/**
 * Records every card about to be shown, with its audit entry, in one transaction bounded by the
 * time left: if it cannot finish in time it rolls back and no card is shown, so every card
 * shown is recorded and nothing recorded went unshown.
 */
export async function recordShown(
  caller: CdsCaller,
  serviceId: string,
  patientKey: string,
  cards: BuiltCard[],
  remainingMs: number,
): Promise<void> {
  if (cards.length === 0) return;
  const timeout = String(Math.max(20, Math.floor(remainingMs)));
  const rows = cards.map(
    (c) =>
      Prisma.sql`(${c.card.uuid}::uuid, ${c.orderRef ? orderKeyOf(patientKey, c.orderRef) : null},
        ${c.medicationId}, ${c.findingIds}::varchar[], ${c.card.indicator})`,
  );
  // Cards and their audit entries in one statement, inside a transaction whose statement timeout
  // is the time left (the timeout must be set before the statement it bounds).
  await db.$transaction([
    db.$queryRaw`SELECT set_config('statement_timeout', ${timeout}, true)`,
    db.$executeRaw`
      WITH card AS (
        INSERT INTO cds_card (id, "orderKey", "medicationId", "findingIds", indicator, "clinicId", "clientId", "serviceId")
        SELECT v.id, v.key, v.med, v.findings, v.indicator, ${caller.clinicId}::uuid, ${caller.id}::uuid, ${serviceId}
        FROM (VALUES ${Prisma.join(rows)}) AS v(id, key, med, findings, indicator)
        RETURNING id
      )
      INSERT INTO audit_event ("actorId", "actorRole", "clinicId", action, "targetType", "targetId")
      SELECT ${caller.id}, 'cds-client', ${caller.clinicId}::uuid, 'cds.card-shown', 'cds-card', id::text
      FROM card`,
  ]);
  logger.info(
    { audit: "cds.card-shown", actor: caller.id, cards: cards.length },
    "CDS cards shown",
  );
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
