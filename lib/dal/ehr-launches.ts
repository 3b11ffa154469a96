import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Prisma } from "@prisma/client";
import { audit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/session";
import type { DraftAnswers } from "@/lib/checklist/draft";
import { db } from "@/lib/db";
import type { PrefillRecord } from "@/lib/fhir/prefill-answers";
import {
  type PrefilledField,
  unconfirmedFields,
  withConfirmed,
} from "@/lib/fhir/prefill-confirmation";
import { decryptJson, encryptJson } from "@/lib/security/patient-reference";
import { isUuid } from "./ids";

/** A state older than this is refused at the callback (the EHR's sign-in took too long). */
export const STATE_TTL_MS = 10 * 60 * 1000;

const hashState = (state: string) => createHash("sha256").update(state).digest("hex");

export interface LaunchRequest {
  verifier: string;
  mode: "ehr" | "standalone";
  launch?: string;
  scope: string;
}

/** The EHR session of a launch: sealed at rest, never sent to the browser. */
export interface EhrSession {
  accessToken: string;
  refreshToken?: string;
  expiresAt?: number;
  scope: string;
  patient: string;
  encounter?: string;
  fhirUser: string;
}

/** Starts a launch: a fresh state, whose hash is stored with the sealed PKCE verifier. */
export async function beginLaunch(
  connection: { id: string; clinicId: string },
  request: LaunchRequest,
) {
  const state = randomBytes(24).toString("base64url");
  const row = await db.ehrLaunch.create({
    data: {
      connectionId: connection.id,
      stateHash: hashState(state),
      requestCipher: encryptJson(request),
    },
    select: { id: true },
  });
  await audit({
    action: "ehr.launch-started",
    clinicId: connection.clinicId,
    targetType: "ehr_launch",
    targetId: row.id,
  });
  return { state, launchId: row.id };
}

/**
 * Uses a state once: the row is marked completed in the same statement that finds it, so a
 * replayed callback (or a second tab) finds nothing. Null for unknown, used or stale states.
 */
export async function claimLaunch(state: string) {
  const rows = await db.$queryRaw<{ id: string; connectionId: string; requestCipher: string }[]>`
    UPDATE ehr_launch SET "completedAt" = now()
    WHERE "stateHash" = ${hashState(state)} AND "completedAt" IS NULL
      AND "createdAt" > now() - make_interval(secs => ${STATE_TTL_MS / 1000})
    RETURNING id::text AS id, "connectionId"::text AS "connectionId", "requestCipher"`;
  const row = rows[0];
  return row
    ? {
        id: row.id,
        connectionId: row.connectionId,
        request: decryptJson<LaunchRequest>(row.requestCipher),
      }
    : null;
}

/**
 * The launch becomes a draft of this clinician, prefilled, with the EHR session sealed beside it
 * and the patient's keyed hash, which the submit statement copies to the assessment.
 */
export async function completeLaunch(
  launchId: string,
  user: SessionUser,
  session: EhrSession,
  answers: DraftAnswers,
  { prefill, fhirPatientKey }: { prefill: PrefillRecord; fhirPatientKey: string },
): Promise<string> {
  return db.$transaction(async (tx) => {
    const draft = await tx.draft.create({
      data: { clinicianId: user.id, payload: encryptJson(answers) },
      select: { id: true },
    });
    await tx.ehrLaunch.update({
      where: { id: launchId },
      data: {
        userId: user.id,
        draftId: draft.id,
        sessionCipher: encryptJson(session),
        prefillCipher: encryptJson(prefill),
        fhirPatientKey,
      },
    });
    const who = { actorId: user.id, actorRole: user.role, clinicId: user.clinicId };
    await audit({ action: "draft.created", ...who, targetType: "draft", targetId: draft.id }, tx);
    await audit(
      { action: "ehr.launched", ...who, targetType: "ehr_launch", targetId: launchId },
      tx,
    );
    return draft.id;
  });
}

export interface DraftLaunch {
  id: string;
  prefill: PrefillRecord;
  confirmedAt: Date | null;
}

/** The launch that opened this clinician's draft, or null (a draft started by hand). */
export async function launchForDraft(
  user: SessionUser,
  draftId: string,
): Promise<DraftLaunch | null> {
  if (!isUuid(draftId)) return null;
  const row = await db.ehrLaunch.findFirst({
    where: { draftId, userId: user.id },
    select: { id: true, prefillCipher: true, confirmedAt: true },
  });
  if (!row?.prefillCipher) return null;
  return {
    id: row.id,
    prefill: decryptJson<PrefillRecord>(row.prefillCipher),
    confirmedAt: row.confirmedAt,
  };
}

/**
 * The clinician confirms answers that came from the record: the given keys
 * (lib/fhir/prefill-confirmation.ts), or all of them (the step-level "confirm all", which sets
 * `confirmedAt`). The keys live in the sealed prefill record, updated under a row lock so two
 * quick confirmations do not lose one another.
 */
export async function confirmPrefill(
  user: SessionUser,
  draftId: string,
  keys?: readonly string[],
): Promise<boolean> {
  if (!isUuid(draftId)) return false;
  const launchId = await db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; prefillCipher: string | null }[]>`
      SELECT id::text AS id, "prefillCipher" FROM ehr_launch
      WHERE "draftId" = ${draftId}::uuid AND "userId" = ${user.id} FOR UPDATE`;
    const row = rows[0];
    if (!row?.prefillCipher) return null;
    const data = keys
      ? {
          prefillCipher: encryptJson(
            withConfirmed(decryptJson<PrefillRecord>(row.prefillCipher), keys),
          ),
        }
      : { confirmedAt: new Date() };
    await tx.ehrLaunch.update({ where: { id: row.id }, data });
    return row.id;
  });
  if (!launchId) return false;
  await audit({
    action: "ehr.prefill-confirmed",
    actorId: user.id,
    actorRole: user.role,
    clinicId: user.clinicId,
    targetType: "ehr_launch",
    targetId: launchId,
  });
  return true;
}

/**
 * The answers of this draft that are still the record's and not confirmed: the submit refuses
 * them (docs/ehr-integration.md). Empty for a draft not opened from an EHR.
 */
export async function unconfirmedPrefill(
  user: SessionUser,
  draftId: string,
  answers: DraftAnswers,
): Promise<PrefilledField[]> {
  const launch = await launchForDraft(user, draftId);
  return launch ? unconfirmedFields(launch.prefill, answers, launch.confirmedAt) : [];
}

export interface WriteResult {
  written: { resourceType: string; id: string }[];
  error?: string;
  at: string;
}

export interface AssessmentLaunch {
  id: string;
  connectionId: string;
  session: EhrSession | null;
  writeStatus: string | null;
  writeResult: WriteResult | null;
}

/** The launch behind this clinician's submitted assessment, or null. */
export async function launchForAssessment(
  user: SessionUser,
  assessmentId: string,
): Promise<AssessmentLaunch | null> {
  if (!isUuid(assessmentId)) return null;
  const rows = await db.$queryRaw<
    {
      id: string;
      connectionId: string;
      sessionCipher: string | null;
      writeStatus: string | null;
      writeResult: WriteResult | null;
    }[]
  >`SELECT l.id::text AS id, l."connectionId"::text AS "connectionId", l."sessionCipher", l."writeStatus", l."writeResult"
    FROM assessment a JOIN ehr_launch l ON l."draftId" = a."draftId"
    WHERE a.id = ${assessmentId}::uuid AND a."clinicianId" = ${user.id} AND l."userId" = ${user.id}`;
  const row = rows[0];
  if (!row) return null;
  return { ...row, session: row.sessionCipher ? decryptJson<EhrSession>(row.sessionCipher) : null };
}

export async function recordWrite(
  launchId: string,
  status: "written" | "failed",
  result: WriteResult,
) {
  await db.ehrLaunch.update({
    where: { id: launchId },
    data: { writeStatus: status, writeResult: result as unknown as Prisma.InputJsonValue },
  });
}

export async function saveSession(launchId: string, session: EhrSession) {
  await db.ehrLaunch.update({
    where: { id: launchId },
    data: { sessionCipher: encryptJson(session) },
  });
}

/** At sign-out: every EHR token of this user is forgotten. */
export async function forgetEhrSessions(userId: string) {
  await db.ehrLaunch.updateMany({
    where: { userId, sessionCipher: { not: null } },
    data: { sessionCipher: null, forgottenAt: new Date() },
  });
}
