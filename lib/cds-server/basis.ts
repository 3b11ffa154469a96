import "server-only";
import { Prisma } from "@prisma/client";
import { type Basis, type ChartData, chartSignal } from "@/lib/cds-hooks";
import type { AssessmentAnswers } from "@/lib/checklist/schemas";
import { env } from "@/lib/env";
import { fhirPatientKey } from "@/lib/security/fhir-patient-ref";
import { decryptJson } from "@/lib/security/patient-reference";
import { type CdsCaller, JTI_INSERT, refuse, type VerifiedToken } from "./caller";
import { rows } from "./sql";

/**
 * The keyed hash of this caller's patient (the same function a SMART launch uses). A patient id
 * belongs to a FHIR server: the registered `fhirServer` (the SMART launch's `iss`, the FHIR base
 * URL), or the client's issuer when none is registered (an EHR whose JWT issuer is its FHIR base).
 */
export function patientKeyOf(caller: CdsCaller, patientId: string): string {
  return fhirPatientKey(
    caller.fhirServer || caller.issuer,
    patientId,
    Buffer.from(env().PATIENT_REF_HMAC_KEY, "base64"),
  );
}

type Latest = { id: string; answersCipher: string; submittedAt: Date };

/**
 * Consumes the token's jti and reads the patient's latest submitted assessment in the caller's
 * clinic, in one statement (one round trip instead of two on every hook that needs a lookup);
 * only the lookup when the hook had to consume the jti earlier (hook.ts).
 * "replayed" when the jti was used before: nothing is answered but 401, as for any bad token.
 */
export async function consumeAndFind(
  token: VerifiedToken,
  patientKey: string,
  alreadyConsumed: boolean,
): Promise<"replayed" | { latest: Latest | null }> {
  const fresh = alreadyConsumed
    ? Prisma.sql`SELECT true AS fresh`
    : Prisma.sql`WITH ${JTI_INSERT(token)} SELECT EXISTS (SELECT 1 FROM seen) AS fresh`;
  const [row] = await rows<{ fresh: boolean } & Partial<Latest>>(Prisma.sql`
    ${fresh}, a.id, a."answersCipher", a."submittedAt"
    FROM (SELECT 1) AS one LEFT JOIN LATERAL (
      SELECT id, "answersCipher", "submittedAt" FROM assessment
      WHERE "clinicId" = ${token.caller.clinicId}::uuid AND "fhirPatientKey" = ${patientKey}
      ORDER BY "submittedAt" DESC LIMIT 1
    ) AS a ON true`);
  if (!row?.fresh) return refuse("replayed", true) ?? "replayed";
  return { latest: row.id ? (row as Latest) : null };
}

/**
 * What the rules judge against: the latest submitted assessment of this patient in the
 * caller's clinic (read by consumeAndFind), or kratom use recorded in the chart, or nothing (no
 * kratom signal: no card).
 */
export function basisFor(latest: Latest | null, chart: ChartData): Basis | null {
  if (latest)
    return {
      kind: "assessment",
      answers: decryptJson<AssessmentAnswers>(latest.answersCipher),
      assessmentId: latest.id,
      submittedAt: latest.submittedAt,
    };
  const signal = chartSignal(chart);
  return signal ? { kind: "chart", signal } : null;
}
