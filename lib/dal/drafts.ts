import "server-only";
import { Prisma } from "@prisma/client";
import { audit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/session";
import type { DraftAnswers } from "@/lib/checklist/draft";
import { db } from "@/lib/db";
import { decryptJson, encryptJson } from "@/lib/security/patient-reference";
import { isUuid } from "./ids";

export interface DraftDto {
  id: string;
  answers: DraftAnswers;
  stepReached: number;
  assessmentId: string | null;
  updatedAt: Date;
}

/** Drafts hold the patient reference, so the whole payload is encrypted at rest. */
export async function createDraft(user: SessionUser): Promise<string> {
  return db.$transaction(async (tx) => {
    const draft = await tx.draft.create({
      data: { clinicianId: user.id, payload: encryptJson({}) },
      select: { id: true },
    });
    await audit(
      {
        action: "draft.created",
        actorId: user.id,
        actorRole: user.role,
        clinicId: user.clinicId,
        targetType: "draft",
        targetId: draft.id,
      },
      tx,
    );
    return draft.id;
  });
}

/**
 * The clinician's own draft, or null. One raw statement: every checklist page reads it, and
 * Prisma's query compiler costs about a millisecond of CPU more for the same read as a model
 * query with a relation (docs/scaling.md, "Where a request's CPU goes").
 */
export async function getDraft(user: SessionUser, draftId: string): Promise<DraftDto | null> {
  if (!isUuid(draftId)) return null;
  const rows = await db.$queryRaw<
    {
      id: string;
      payload: string;
      stepReached: number;
      updatedAt: Date;
      assessmentId: string | null;
    }[]
  >`SELECT d.id::text AS id, d.payload, d."stepReached", d."updatedAt", a.id::text AS "assessmentId"
    FROM "draft" d LEFT JOIN "assessment" a ON a."draftId" = d.id
    WHERE d.id = ${draftId}::uuid AND d."clinicianId" = ${user.id}`;
  const draft = rows[0];
  if (!draft) return null;
  return {
    id: draft.id,
    answers: decryptJson<DraftAnswers>(draft.payload),
    stepReached: draft.stepReached,
    assessmentId: draft.assessmentId,
    updatedAt: new Date(draft.updatedAt),
  };
}

/**
 * The autosave as one UPDATE whose "not submitted" check is a column of the row it writes
 * (`submittedAt`, set by the submit statement). Two things follow: the cost does not grow with
 * the number of stored assessments (no anti-join against `assessment`), and an autosave that
 * waits on a submit's row lock re-checks `submittedAt` on the row the submit committed, so it
 * cannot write answers back into a submitted draft. Exported for the query-plan test.
 */
export function saveDraftStatement(
  user: SessionUser,
  draftId: string,
  payload: string,
  stepReached: number,
): Prisma.Sql {
  return Prisma.sql`UPDATE "draft" SET "payload" = ${payload}, "stepReached" = ${stepReached},
      "updatedAt" = now() AT TIME ZONE 'UTC'
    WHERE "id" = ${draftId}::uuid AND "clinicianId" = ${user.id} AND "submittedAt" IS NULL`;
}

/** Saves the whole form as it stands; returns false when the draft is not this user's or is submitted. */
export async function saveDraft(
  user: SessionUser,
  draftId: string,
  answers: DraftAnswers,
  stepReached: number,
): Promise<boolean> {
  if (!isUuid(draftId)) return false;
  const count = await db.$executeRaw(
    saveDraftStatement(user, draftId, encryptJson(answers), stepReached),
  );
  return count === 1;
}

/**
 * The assessment one of the clinician's own drafts became, or null. Asked only when a save
 * touched no row: a Back after submit, or another tab, then opens the summary instead of a form.
 */
export async function submittedAssessmentOf(
  user: SessionUser,
  draftId: string,
): Promise<string | null> {
  if (!isUuid(draftId)) return null;
  const rows = await db.$queryRaw<{ id: string }[]>`SELECT a.id::text AS id
    FROM "assessment" a JOIN "draft" d ON d.id = a."draftId"
    WHERE d.id = ${draftId}::uuid AND d."clinicianId" = ${user.id}`;
  return rows[0]?.id ?? null;
}

/**
 * Deletes one of the clinician's own unsubmitted drafts, with its audit entry in the same
 * transaction. A submitted draft is the source of an assessment and is never deleted here.
 */
export async function discardDraft(user: SessionUser, draftId: string): Promise<boolean> {
  if (!isUuid(draftId)) return false;
  return db.$transaction(async (tx) => {
    const count = await tx.$executeRaw`DELETE FROM "draft"
      WHERE "id" = ${draftId}::uuid AND "clinicianId" = ${user.id} AND "submittedAt" IS NULL`;
    if (count !== 1) return false;
    await audit(
      {
        action: "draft.discarded",
        actorId: user.id,
        actorRole: user.role,
        clinicId: user.clinicId,
        targetType: "draft",
        targetId: draftId,
      },
      tx,
    );
    return true;
  });
}

export interface DraftListItem {
  id: string;
  patientReference: string;
  stepReached: number;
  updatedAt: Date;
}

/** The clinician's own unsubmitted drafts, newest first. */
export async function listOpenDrafts(user: SessionUser, take = 20): Promise<DraftListItem[]> {
  const drafts = await db.draft.findMany({
    where: { clinicianId: user.id, submittedAt: null },
    orderBy: { updatedAt: "desc" },
    take,
    select: { id: true, payload: true, stepReached: true, updatedAt: true },
  });
  return drafts.map((d) => ({
    id: d.id,
    patientReference: decryptJson<DraftAnswers>(d.payload).patient?.patientReference ?? "",
    stepReached: d.stepReached,
    updatedAt: d.updatedAt,
  }));
}
