import "server-only";
import { Prisma } from "@prisma/client";
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
import { isUuid } from "./ids";

export type SubmitOutcome =
  | { status: "stored" | "already-stored"; assessmentId: string }
  | { status: "no-draft" };

/**
 * Stores one assessment per draft, with its findings, in one transaction. A second submit of
 * the same draft (double click, retry after a dropped connection) returns the first one.
 */
export async function submitAssessment(
  user: SessionUser,
  draftId: string,
  input: AssessmentInput,
): Promise<SubmitOutcome> {
  if (!isUuid(draftId)) return { status: "no-draft" };
  const draft = await db.draft.findFirst({
    where: { id: draftId, clinicianId: user.id },
    select: { id: true, assessment: { select: { id: true } } },
  });
  if (!draft) return { status: "no-draft" };
  if (draft.assessment) return { status: "already-stored", assessmentId: draft.assessment.id };

  const answers = stripPatientReference(normaliseAnswers(input));
  const summary = assess(answers);
  const { findings, ...summaryRest } = summary;
  try {
    const id = await db.$transaction(async (tx) => {
      const created = await tx.assessment.create({
        data: {
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
          summary: summaryRest as unknown as Prisma.InputJsonValue,
          findings: {
            createMany: {
              data: findings.map((f, position) => ({
                ruleId: f.id,
                domain: f.domain,
                severity: f.severity,
                position,
                content: f as unknown as Prisma.InputJsonValue,
              })),
            },
          },
          medicationClasses: {
            createMany: {
              data: [...classesOf(answers.medications.medicationIds)].map((classId) => ({
                classId,
              })),
            },
          },
        },
        select: { id: true },
      });
      // The draft's plaintext-bearing payload is no longer needed once the assessment exists.
      await tx.draft.update({ where: { id: draftId }, data: { payload: encryptJson({}) } });
      await audit(
        {
          action: "assessment.submitted",
          actorId: user.id,
          actorRole: user.role,
          clinicId: user.clinicId,
          targetType: "assessment",
          targetId: created.id,
        },
        tx,
      );
      return created.id;
    });
    return { status: "stored", assessmentId: id };
  } catch (error) {
    // Two submits raced past the check above: the unique draftId kept one; return it.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const existing = await db.assessment.findFirst({
        where: { draftId, clinicianId: user.id },
        select: { id: true },
      });
      if (existing) return { status: "already-stored", assessmentId: existing.id };
    }
    throw error;
  }
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
    summary: { ...stored, findings: row.findings.map((f) => f.content as unknown as Finding) },
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
