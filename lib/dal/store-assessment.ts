import "server-only";
import { Prisma } from "@prisma/client";
import type { AuditEntry } from "@/lib/audit";
import { db } from "@/lib/db";

export interface AssessmentRow {
  draftId: string;
  clinicianId: string;
  clinicId: string;
  patientRefHash: string;
  patientRefCipher: string;
  answersCipher: string;
  ageBand: string;
  sex: string;
  overallLevel: string;
  dependenceSeverity: string;
  skinChange: string;
  rulesetVersion: string;
  evidenceVersion: string;
  summary: unknown;
  findings: {
    ruleId: string;
    domain: string;
    severity: string;
    position: number;
    /** The sealed finding (lib/dal/finding-content.ts). */
    content: string;
  }[];
  classIds: string[];
  /** What the emptied draft payload becomes (an encrypted `{}`). */
  emptiedDraftPayload: string;
  audit: AuditEntry;
}

/**
 * Assessment, findings, medication classes, the emptied draft and the audit entry in ONE
 * statement (data-modifying CTEs are atomic): one round trip instead of a Prisma transaction's
 * eight, which is where submit time went (docs/scaling.md). Ownership is in the statement (the
 * draft must be this clinician's) and `ON CONFLICT ("draftId") DO NOTHING` keeps a second submit
 * of the same draft from storing anything: either way it returns null and the caller finds out
 * which. The draft row gets `submittedAt` in the same statement, so an autosave that waited on
 * this row refuses it (lib/dal/drafts.ts). A draft a SMART launch opened gives the assessment its
 * EHR patient's keyed hash (`fhirPatientKey`, for the CDS service) in the same insert: the app's
 * role may insert assessments but never update them. Timestamps are UTC, as Prisma writes them.
 */
export async function insertAssessment(row: AssessmentRow): Promise<string | null> {
  const rows = await db.$queryRaw<{ id: string }[]>(insertAssessmentStatement(row));
  return rows[0]?.id ?? null;
}

/** The submit statement itself; the benchmark runs exactly this through plain `pg` as its baseline. */
export function insertAssessmentStatement(row: AssessmentRow): Prisma.Sql {
  const findings = JSON.stringify(row.findings);
  const classIds = JSON.stringify(row.classIds);
  const summary = JSON.stringify(row.summary);
  return Prisma.sql`
    WITH a AS (
      INSERT INTO "assessment" ("id", "draftId", "clinicianId", "clinicId", "patientRefHash",
        "patientRefCipher", "answersCipher", "ageBand", "sex", "overallLevel", "dependenceSeverity",
        "skinChange", "rulesetVersion", "evidenceVersion", "summary", "submittedAt", "fhirPatientKey")
      SELECT gen_random_uuid(), d."id", ${row.clinicianId}, ${row.clinicId}::uuid,
        ${row.patientRefHash}, ${row.patientRefCipher}, ${row.answersCipher}, ${row.ageBand},
        ${row.sex}, ${row.overallLevel}, ${row.dependenceSeverity}, ${row.skinChange},
        ${row.rulesetVersion}, ${row.evidenceVersion}, ${summary}::jsonb, now() AT TIME ZONE 'UTC',
        (SELECT l."fhirPatientKey" FROM "ehr_launch" l
          WHERE l."draftId" = d."id" AND l."userId" = d."clinicianId")
      FROM "draft" d WHERE d."id" = ${row.draftId}::uuid AND d."clinicianId" = ${row.clinicianId}
      ON CONFLICT ("draftId") DO NOTHING
      RETURNING "id"
    ), f AS (
      INSERT INTO "finding" ("id", "assessmentId", "ruleId", "domain", "severity", "position", "content")
      SELECT gen_random_uuid(), a."id", x."ruleId", x."domain", x."severity", x."position", x."content"
      FROM a, jsonb_to_recordset(${findings}::jsonb)
        AS x("ruleId" text, "domain" text, "severity" text, "position" int, "content" jsonb)
    ), c AS (
      INSERT INTO "assessment_medication_class" ("assessmentId", "classId")
      SELECT a."id", x FROM a, jsonb_array_elements_text(${classIds}::jsonb) AS x
    ), d AS (
      UPDATE "draft" SET "payload" = ${row.emptiedDraftPayload}, "updatedAt" = now() AT TIME ZONE 'UTC',
        "submittedAt" = now() AT TIME ZONE 'UTC'
      WHERE "id" = ${row.draftId}::uuid AND EXISTS (SELECT 1 FROM a)
    ), e AS (
      INSERT INTO "audit_event" ("at", "actorId", "actorRole", "clinicId", "action", "targetType", "targetId", "outcome")
      SELECT now() AT TIME ZONE 'UTC', ${row.audit.actorId ?? null}, ${row.audit.actorRole ?? null},
        ${row.audit.clinicId ?? null}::uuid, ${row.audit.action}, 'assessment', a."id"::text, 'ok'
      FROM a
    )
    SELECT "id"::text AS "id" FROM a`;
}
