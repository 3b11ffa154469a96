import "server-only";
import { Prisma } from "@prisma/client";
import { AUDIT_PAGE_SIZE } from "@/lib/accounts/schemas";
import { audit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

/**
 * The audit log as a clinic admin may read it: their clinic's events only, newest first, with
 * the actor's name and email from the same clinic. The table holds who/what/when/which id and
 * an outcome, never answers or patient references.
 *
 * Clinical activity (assessments started, submitted, viewed, exported) is shown only as counts
 * per clinician per day, never one line per assessment with its id and time: with those, an
 * admin who watches the figures move could tell whose patient a new release holds (issue 21 §3).
 * Account changes, sign-ins and the admins' own views and exports of figures stay itemised.
 */
export const CLINICAL_ACTIVITY = [
  "draft.created",
  "assessment.submitted",
  "assessment.viewed",
  "assessment.exported",
] as const;
type ClinicalAction = (typeof CLINICAL_ACTIVITY)[number];

/** How far back the daily counts reach. */
export const ACTIVITY_DAYS = 31;

export interface DailyActivityDto {
  day: string;
  actor: { name: string; email: string } | null;
  counts: Record<ClinicalAction, number>;
}

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
  activity: DailyActivityDto[];
  rows: AuditRowDto[];
  page: number;
  pageCount: number;
  total: number;
}

export async function listAuditEvents(admin: SessionUser, page: number): Promise<AuditPageDto> {
  if (admin.role !== "admin") throw new Error("Only clinic admins read the audit log");
  const where = { clinicId: admin.clinicId, action: { notIn: [...CLINICAL_ACTIVITY] } };
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
  const groups = await db.$queryRaw<
    { day: string; actorId: string | null; action: ClinicalAction; n: number }[]
  >`
    SELECT to_char(date_trunc('day', "at"), 'YYYY-MM-DD') AS day, "actorId", "action", count(*)::int AS n
    FROM "audit_event"
    WHERE "clinicId" = ${admin.clinicId}::uuid
      AND "action" IN (${Prisma.join([...CLINICAL_ACTIVITY])})
      AND "at" >= date_trunc('day', now() AT TIME ZONE 'UTC') - make_interval(days => ${ACTIVITY_DAYS - 1})
    GROUP BY 1, 2, 3
    ORDER BY 1 DESC`;
  const actorIds = [
    ...new Set([...events, ...groups].map((e) => e.actorId).filter((id): id is string => !!id)),
  ];
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
  const activity = new Map<string, DailyActivityDto>();
  for (const g of groups) {
    const key = `${g.day}|${g.actorId ?? ""}`;
    let row = activity.get(key);
    if (!row) {
      row = {
        day: g.day,
        actor: g.actorId ? (byId.get(g.actorId) ?? null) : null,
        counts: Object.fromEntries(
          CLINICAL_ACTIVITY.map((a) => [a, 0]),
        ) as DailyActivityDto["counts"],
      };
      activity.set(key, row);
    }
    row.counts[g.action] += g.n;
  }
  return {
    activity: [...activity.values()].sort(
      (a, b) =>
        b.day.localeCompare(a.day) || (a.actor?.name ?? "").localeCompare(b.actor?.name ?? ""),
    ),
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
