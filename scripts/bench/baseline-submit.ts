/**
 * The baseline for submissions: the rows the app writes (assessment, findings, medication
 * classes, draft update, audit entry) in one transaction with plain `pg`. Everything the app
 * computes (findings, ciphertexts, hash) is prepared before the clock starts, so the ratio
 * app / baseline is the cost of validation, rules, encryption and the ORM.
 */
import { randomUUID } from "node:crypto";
import type pg from "pg";
import type { SessionUser } from "@/lib/auth/session";
import { dependenceSeverityOf } from "@/lib/checklist/dsm-severity";
import type { AssessmentInput } from "@/lib/checklist/schemas";
import { classesOf } from "@/lib/medications";
import { assess } from "@/lib/risk";
import { encryptJson, encryptText, hashPatientReference } from "@/lib/security/patient-reference";

export interface BaselineRow {
  user: SessionUser;
  draftId: string;
  values: unknown[];
  findings: { rule: string[]; domain: string[]; severity: string[]; content: string[] };
  classes: string[];
}

export function baselineRows(
  jobs: { user: SessionUser; raw: { draftId: string; answers: AssessmentInput } }[],
): BaselineRow[] {
  return jobs.map(({ user, raw }) => {
    const { patientReference, ...patient } = raw.answers.patient;
    const answers = { ...raw.answers, patient };
    const s = assess(answers);
    const { findings, ...summary } = s;
    return {
      user,
      draftId: raw.draftId,
      values: [
        randomUUID(),
        raw.draftId,
        user.id,
        user.clinicId,
        hashPatientReference(patientReference, user.id),
        encryptText(patientReference),
        encryptJson(answers),
        patient.ageBand,
        patient.sex,
        s.overall,
        dependenceSeverityOf(answers.dependence),
        answers.skin.newDarkening,
        s.rulesetVersion,
        s.evidenceVersion,
        JSON.stringify(summary),
      ],
      findings: {
        rule: findings.map((f) => f.id),
        domain: findings.map((f) => f.domain),
        severity: findings.map((f) => f.severity),
        content: findings.map((f) => JSON.stringify(f)),
      },
      classes: [...classesOf(answers.medications.medicationIds)],
    };
  });
}

export async function insertBaseline(c: pg.PoolClient, row: BaselineRow): Promise<void> {
  await c.query("BEGIN");
  const id = row.values[0];
  await c.query(
    `INSERT INTO "assessment" ("id", "draftId", "clinicianId", "clinicId", "patientRefHash", "patientRefCipher", "answersCipher",
       "ageBand", "sex", "overallLevel", "dependenceSeverity", "skinChange", "rulesetVersion", "evidenceVersion", "summary")
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15::jsonb)`,
    row.values,
  );
  await c.query(
    `INSERT INTO "finding" ("id", "assessmentId", "ruleId", "domain", "severity", "position", "content")
     SELECT gen_random_uuid(), $1, r, d, s, p - 1, c FROM unnest($2::text[], $3::text[], $4::text[], $5::jsonb[]) WITH ORDINALITY AS x(r, d, s, c, p)`,
    [id, row.findings.rule, row.findings.domain, row.findings.severity, row.findings.content],
  );
  await c.query(
    `INSERT INTO "assessment_medication_class" ("assessmentId", "classId") SELECT $1, unnest($2::text[])`,
    [id, row.classes],
  );
  await c.query(`UPDATE "draft" SET "payload" = $2, "updatedAt" = now() WHERE "id" = $1`, [
    row.draftId,
    "sealed",
  ]);
  await c.query(
    `INSERT INTO "audit_event" ("actorId", "actorRole", "clinicId", "action", "targetType", "targetId") VALUES ($1, 'clinician', $2, 'assessment.submitted', 'assessment', $3)`,
    [row.user.id, row.user.clinicId, id],
  );
  await c.query("COMMIT");
}
