import "server-only";
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";

export type AuditAction =
  | "auth.sign-in"
  | "auth.sign-in-failed"
  | "auth.sign-in-throttled"
  | "auth.sign-out"
  | "draft.created"
  | "draft.discarded"
  | "assessment.submitted"
  | "assessment.viewed"
  | "assessment.exported"
  | "aggregates.viewed"
  | "aggregates.exported"
  | "user.created"
  | "user.deactivated"
  | "user.reactivated"
  | "user.invited"
  | "user.password-reset"
  | "user.password-set"
  | "patient.erased"
  | "audit-log.viewed"
  | "access.denied"
  | "cds.card-shown"
  | "cds.feedback"
  | "cds-client.registered"
  | "cds-client.changed"
  | "ehr.registered"
  | "ehr.launch-started"
  | "ehr.launched"
  | "ehr.launch-refused"
  | "ehr.read"
  | "ehr.write"
  | "ehr.prefill-confirmed"
  | "sso.registered"
  | "sso.account-linked"
  | "sso.sign-in-refused";

export interface AuditEntry {
  action: AuditAction;
  actorId?: string | null;
  actorRole?: string | null;
  clinicId?: string | null;
  targetType?: string;
  targetId?: string;
  outcome?: "ok" | "denied" | "failed";
}

/**
 * Appends to the audit log (the database refuses updates and deletes on it). Who, what,
 * when and on which id: never answers or patient references. Pass `tx` to make the entry
 * part of the same transaction as the change it records.
 */
export async function audit(entry: AuditEntry, tx: Prisma.TransactionClient = db): Promise<void> {
  await tx.auditEvent.create({ data: { ...entry, outcome: entry.outcome ?? "ok" } });
  logger.info({
    audit: entry.action,
    actor: entry.actorId,
    target: entry.targetId,
    outcome: entry.outcome ?? "ok",
  });
}
