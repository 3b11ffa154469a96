import "server-only";
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
import type { AssessmentSummary, Finding } from "@/lib/risk/types";
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

/** The assessment before this one of the same patient by the same clinician, for "What changed". */
export interface PreviousAssessment {
  id: string;
  submittedAt: Date;
  answers: AssessmentAnswers;
  overall: string;
  /** Whole findings: "What changed" names the patient's medicines in them. */
  findings: Finding[];
}

export interface AssessmentDto {
  id: string;
  patientReference: string;
  submittedAt: Date;
  answers: AssessmentAnswers;
  summary: AssessmentSummary;
  /** Earlier assessments of the same patient reference by this clinician. */
  earlierCount: number;
  previous: PreviousAssessment | null;
}

interface SummaryRow {
  id: string;
  submittedAt: Date;
  patientRefCipher: string;
  answersCipher: string;
  summary: Omit<AssessmentSummary, "findings">;
  findings: unknown[] | null;
  earlierCount: number;
  prevId: string | null;
  prevSubmittedAt: Date | null;
  prevAnswersCipher: string | null;
  prevOverall: string | null;
  prevFindings: unknown[] | null;
}

/**
 * One of the clinician's own assessments, as it was computed; null for anyone else's. One
 * statement reads the assessment, its findings, how many earlier ones of the same patient this
 * clinician made, the one just before it (for "What changed"), and appends the view to the
 * audit log: one round trip for the summary page. Ownership is in every where.
 */
export async function getAssessment(user: SessionUser, id: string): Promise<AssessmentDto | null> {
  if (!isUuid(id)) return null;
  const rows = await db.$queryRaw<SummaryRow[]>`
    WITH a AS (
      SELECT id, "submittedAt", "patientRefCipher", "patientRefHash", "answersCipher", summary
      FROM assessment WHERE id = ${id}::uuid AND "clinicianId" = ${user.id}
    ), viewed AS (
      INSERT INTO audit_event ("actorId", "actorRole", "clinicId", action, "targetType", "targetId")
      SELECT ${user.id}, ${user.role}, ${user.clinicId}::uuid, 'assessment.viewed', 'assessment', a.id::text
      FROM a
    )
    SELECT a.id, a."submittedAt", a."patientRefCipher", a."answersCipher", a.summary,
      (SELECT json_agg(f.content ORDER BY f.position) FROM finding f WHERE f."assessmentId" = a.id)
        AS findings,
      (SELECT count(*)::int FROM assessment e
        WHERE e."clinicianId" = ${user.id} AND e."patientRefHash" = a."patientRefHash"
          AND e."submittedAt" < a."submittedAt") AS "earlierCount",
      p.id AS "prevId", p."submittedAt" AS "prevSubmittedAt", p."answersCipher" AS "prevAnswersCipher",
      p."overallLevel" AS "prevOverall",
      (SELECT json_agg(f.content ORDER BY f.position) FROM finding f WHERE f."assessmentId" = p.id)
        AS "prevFindings"
    FROM a LEFT JOIN LATERAL (
      SELECT e.id, e."submittedAt", e."answersCipher", e."overallLevel" FROM assessment e
      WHERE e."clinicianId" = ${user.id} AND e."patientRefHash" = a."patientRefHash"
        AND e."submittedAt" < a."submittedAt"
      ORDER BY e."submittedAt" DESC LIMIT 1
    ) p ON true`;
  const row = rows[0];
  if (!row) return null;
  logger.info({ audit: "assessment.viewed", actor: user.id, target: row.id, outcome: "ok" });
  const previous: PreviousAssessment | null =
    row.prevId && row.prevSubmittedAt && row.prevAnswersCipher
      ? {
          id: row.prevId,
          submittedAt: new Date(row.prevSubmittedAt),
          answers: decryptJson<AssessmentAnswers>(row.prevAnswersCipher),
          overall: row.prevOverall ?? "",
          findings: (row.prevFindings ?? []).map(decodeFinding),
        }
      : null;
  return {
    id: row.id,
    patientReference: decryptText(row.patientRefCipher),
    submittedAt: new Date(row.submittedAt),
    answers: decryptJson<AssessmentAnswers>(row.answersCipher),
    summary: { ...row.summary, findings: (row.findings ?? []).map(decodeFinding) },
    earlierCount: Number(row.earlierCount),
    previous,
  };
}

export interface AssessmentListItem {
  id: string;
  patientReference: string;
  /** Same value for assessments of the same patient reference (the order it first appears). */
  patientKey: number;
  submittedAt: Date;
  overallLevel: string;
  findingCount: number;
  /** DSM-5 criteria met; null when the criteria were not asked. */
  dsmCount: number | null;
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
      patientRefHash: true,
      patientRefCipher: true,
      answersCipher: true,
      _count: { select: { findings: true } },
    },
  });
  // The keyed hash groups a patient's assessments; it never leaves the DAL.
  const keys = new Map<string, number>();
  return rows.map((r) => {
    if (!keys.has(r.patientRefHash)) keys.set(r.patientRefHash, keys.size);
    const { dependence } = decryptJson<AssessmentAnswers>(r.answersCipher);
    return {
      id: r.id,
      patientReference: decryptText(r.patientRefCipher),
      patientKey: keys.get(r.patientRefHash) ?? 0,
      submittedAt: r.submittedAt,
      overallLevel: r.overallLevel,
      findingCount: r._count.findings,
      dsmCount: dependence?.criteriaAsked === "asked" ? dependence.criteria.length : null,
    };
  });
}
