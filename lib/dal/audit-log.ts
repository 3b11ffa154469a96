import "server-only";
import { AUDIT_PAGE_SIZE } from "@/lib/accounts/schemas";
import { audit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

/**
 * The audit log as a clinic admin may read it: their clinic's events only, newest first, with
 * the actor's name and email from the same clinic. The table holds who/what/when/which id and
 * an outcome, never answers or patient references, so nothing here needs suppressing.
 */
export interface AuditRowDto {
  id: string;
  at: Date;
  action: string;
  outcome: string;
  actor: { name: string; email: string } | null;
  actorRole: string | null;
  targetType: string | null;
  targetId: string | null;
}

export interface AuditPageDto {
  rows: AuditRowDto[];
  page: number;
  pageCount: number;
  total: number;
}

export async function listAuditEvents(admin: SessionUser, page: number): Promise<AuditPageDto> {
  if (admin.role !== "admin") throw new Error("Only clinic admins read the audit log");
  const where = { clinicId: admin.clinicId };
  const total = await db.auditEvent.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const events = await db.auditEvent.findMany({
    where,
    orderBy: [{ at: "desc" }, { id: "desc" }],
    skip: (current - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
    select: {
      id: true,
      at: true,
      action: true,
      outcome: true,
      actorId: true,
      actorRole: true,
      targetType: true,
      targetId: true,
    },
  });
  const actorIds = [...new Set(events.map((e) => e.actorId).filter((id): id is string => !!id))];
  // Names only for people of this clinic: an id from elsewhere stays an id.
  const actors = await db.user.findMany({
    where: { id: { in: actorIds }, clinicId: admin.clinicId },
    select: { id: true, name: true, email: true },
  });
  const byId = new Map(actors.map((a) => [a.id, { name: a.name, email: a.email }]));
  await audit({
    action: "audit-log.viewed",
    actorId: admin.id,
    actorRole: admin.role,
    clinicId: admin.clinicId,
    targetType: "audit-log",
    targetId: String(current),
  });
  return {
    rows: events.map((e) => ({
      id: e.id.toString(),
      at: e.at,
      action: e.action,
      outcome: e.outcome,
      actor: e.actorId ? (byId.get(e.actorId) ?? null) : null,
      actorRole: e.actorRole,
      targetType: e.targetType,
      targetId: e.targetId,
    })),
    page: current,
    pageCount,
    total,
  };
}
