/**
 * Writes one batch with four statements (drafts, assessments, findings, medication classes), each
 * a single INSERT … SELECT FROM unnest(arrays): no per-row round trips, no string-built SQL.
 * Synthetic rows carry placeholder ciphertexts, a stub summary and a sealed stub finding content: they belong to synthetic
 * clinicians who cannot sign in, and the aggregates read only the normalised columns.
 */
import type pg from "pg";
import { env } from "@/lib/env";
import { EVIDENCE_VERSION } from "@/lib/evidence";
import { RULESET_VERSION } from "@/lib/risk";
import { seal } from "../rotate-keys";
import type { Batch } from "./synthetic-rows";

export const STUB = JSON.stringify({ synthetic: true });
/** Finding contents are stored sealed (a JSON string); one ciphertext serves every stub row. */
let sealedStub: string | undefined;
export const findingStub = () => {
  sealedStub ??= JSON.stringify(seal(STUB, env().ENCRYPTION_KEYS[0]));
  return sealedStub;
};

export async function insertBatch(client: pg.ClientBase, b: Batch): Promise<void> {
  await client.query("BEGIN");
  try {
    await client.query(
      `INSERT INTO "draft" ("id", "clinicianId", "payload", "stepReached", "createdAt", "updatedAt", "submittedAt")
       SELECT id, c, 'synthetic', 6, t, t, t FROM unnest($1::uuid[], $2::text[], $3::timestamp[]) AS x(id, c, t)`,
      [b.drafts.id, b.drafts.clinician, b.drafts.at],
    );
    const a = b.assessments;
    await client.query(
      `INSERT INTO "assessment" ("id", "draftId", "clinicianId", "clinicId", "patientRefHash", "patientRefCipher",
         "answersCipher", "ageBand", "sex", "overallLevel", "dependenceSeverity", "skinChange", "rulesetVersion",
         "evidenceVersion", "summary", "submittedAt")
       SELECT id, d, c, k, h, 'synthetic', 'synthetic', ab, sx, ol, ds, sk, $12, $13, $14::jsonb, t
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[],
         $9::text[], $10::text[], $11::timestamp[]) AS x(id, d, c, k, h, ab, sx, ol, ds, sk, t)`,
      [
        a.id,
        a.draft,
        a.clinician,
        a.clinic,
        a.hash,
        a.ageBand,
        a.sex,
        a.overall,
        a.dependence,
        a.skin,
        a.at,
        RULESET_VERSION,
        EVIDENCE_VERSION,
        STUB,
      ],
    );
    const f = b.findings;
    await client.query(
      `INSERT INTO "finding" ("id", "assessmentId", "ruleId", "domain", "severity", "position", "content")
       SELECT id, a, r, d, s, p, $7::jsonb
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::int[]) AS x(id, a, r, d, s, p)`,
      [f.id, f.assessment, f.ruleId, f.domain, f.severity, f.position, findingStub()],
    );
    await client.query(
      `INSERT INTO "assessment_medication_class" ("assessmentId", "classId")
       SELECT a, c FROM unnest($1::uuid[], $2::text[]) AS x(a, c)`,
      [b.classes.assessment, b.classes.classId],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}
