import "server-only";
import { audit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/session";
import {
  type AssessmentAnswers,
  type AssessmentInput,
  dependenceSeverityOf,
  normaliseAnswers,
  stripPatientReference,
} from "@/lib/checklist";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { classesOf } from "@/lib/medications";
import { assess } from "@/lib/risk";
import type { AssessmentSummary } from "@/lib/risk/types";
import {
  decryptJson,
  decryptText,
  encryptJson,
  encryptText,
  hashPatientReference,
} from "@/lib/security/patient-reference";
import { decodeFinding, encodeFinding } from "./finding-content";
import { isUuid } from "./ids";
import { type AssessmentRow, insertAssessment } from "./store-assessment";

export type SubmitOutcome =
  | { status: "stored" | "already-stored"; assessmentId: string }
  | { status: "no-draft" };

/** What the submit statement stores, computed from validated answers (the bench reuses it). */
export function assessmentRow(
  user: SessionUser,
  draftId: string,
  input: AssessmentInput,
): AssessmentRow {
  const answers = stripPatientReference(normaliseAnswers(input));
  const summary = assess(answers);
  const { findings, ...summaryRest } = summary;
  return {
    draftId,
    clinicianId: user.id,
    clinicId: user.clinicId,
    patientRefHash: hashPatientReference(input.patient.patientReference, user.id),
    patientRefCipher: encryptText(input.patient.patientReference),
    answersCipher: encryptJson(answers),
    ageBand: answers.patient.ageBand,
    sex: answers.patient.sex,
    overallLevel: summary.overall,
    dependenceSeverity: dependenceSeverityOf(answers.dependence),
    skinChange: answers.skin.newDarkening,
    rulesetVersion: summary.rulesetVersion,
    evidenceVersion: summary.evidenceVersion,
    summary: summaryRest,
    findings: findings.map((f, position) => ({
      ruleId: f.id,
      domain: f.domain,
      severity: f.severity,
      position,
      content: encodeFinding(f),
    })),
    classIds: [...classesOf(answers.medications.medicationIds)],
    // The draft's plaintext-bearing payload is no longer needed once the assessment exists.
    emptiedDraftPayload: encryptJson({}),
    audit: {
      action: "assessment.submitted",
      actorId: user.id,
      actorRole: user.role,
      clinicId: user.clinicId,
    },
  };
}

/**
 * Stores one assessment per draft, with its findings, in one statement. A second submit of
 * the same draft (double click, retry after a dropped connection) returns the first one.
 */
export async function submitAssessment(
  user: SessionUser,
  draftId: string,
  input: AssessmentInput,
): Promise<SubmitOutcome> {
  if (!isUuid(draftId)) return { status: "no-draft" };
  const id = await insertAssessment(assessmentRow(user, draftId, input));
  if (id) {
    logger.info({ audit: "assessment.submitted", actor: user.id, target: id, outcome: "ok" });
    return { status: "stored", assessmentId: id };
  }
  // Nothing stored: the draft was submitted before (return that assessment) or is not this user's.
  const existing = await db.assessment.findFirst({
    where: { draftId, clinicianId: user.id },
    select: { id: true },
  });
  if (existing) return { status: "already-stored", assessmentId: existing.id };
  return { status: "no-draft" };
}

export interface AssessmentDto {
  id: string;
  patientReference: string;
  submittedAt: Date;
  answers: AssessmentAnswers;
  summary: AssessmentSummary;
  /** Earlier assessments of the same patient reference by this clinician. */
  earlierCount: number;
}

/** One of the clinician's own assessments, as it was computed; null for anyone else's. */
export async function getAssessment(user: SessionUser, id: string): Promise<AssessmentDto | null> {
  if (!isUuid(id)) return null;
  const row = await db.assessment.findFirst({
    where: { id, clinicianId: user.id },
    select: {
      id: true,
      submittedAt: true,
      patientRefCipher: true,
      patientRefHash: true,
      answersCipher: true,
      summary: true,
      findings: { orderBy: { position: "asc" }, select: { content: true } },
    },
  });
  if (!row) return null;
  const earlierCount = await db.assessment.count({
    where: {
      clinicianId: user.id,
      patientRefHash: row.patientRefHash,
      submittedAt: { lt: row.submittedAt },
    },
  });
  await audit({
    action: "assessment.viewed",
    actorId: user.id,
    actorRole: user.role,
    clinicId: user.clinicId,
    targetType: "assessment",
    targetId: row.id,
  });
  const stored = row.summary as unknown as Omit<AssessmentSummary, "findings">;
  return {
    id: row.id,
    patientReference: decryptText(row.patientRefCipher),
    submittedAt: row.submittedAt,
    answers: decryptJson<AssessmentAnswers>(row.answersCipher),
    summary: { ...stored, findings: row.findings.map(decodeFinding) },
    earlierCount,
  };
}

export interface AssessmentListItem {
  id: string;
  patientReference: string;
  submittedAt: Date;
  overallLevel: string;
  findingCount: number;
}

/** The clinician's own submitted assessments, newest first. */
export async function listAssessments(user: SessionUser, take = 50): Promise<AssessmentListItem[]> {
  const rows = await db.assessment.findMany({
    where: { clinicianId: user.id },
    orderBy: { submittedAt: "desc" },
    take,
    select: {
      id: true,
      submittedAt: true,
      overallLevel: true,
      patientRefCipher: true,
      _count: { select: { findings: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    patientReference: decryptText(r.patientRefCipher),
    submittedAt: r.submittedAt,
    overallLevel: r.overallLevel,
    findingCount: r._count.findings,
  }));
}
