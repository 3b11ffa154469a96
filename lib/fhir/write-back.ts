/**
 * What a launched assessment writes back to the EHR (docs/ehr-integration.md): the
 * QuestionnaireResponse (the export, now with its subject and encounter) and a DocumentReference
 * carrying the note as text/plain. Both carry an identifier made of the assessment id, which the
 * app uses in a conditional create (`If-None-Exist`), so a retry never makes a second copy. Pure.
 */
import { FHIR_BASE } from "./codes";
import { type ExportableAssessment, toQuestionnaireResponse } from "./questionnaire-response";

export const ASSESSMENT_IDENTIFIER_SYSTEM = `${FHIR_BASE}/NamingSystem/assessment`;
export const NOTE_IDENTIFIER_SYSTEM = `${FHIR_BASE}/NamingSystem/assessment-note`;

/**
 * LOINC 51848-0 "Evaluation note": the note reports an evaluation (findings and the answers
 * behind them) and considerations, not a plan or orders, so neither a consult note nor an
 * "evaluation + plan" note fits; docs/ehr-integration.md says why.
 */
export const NOTE_TYPE = {
  system: "http://loinc.org",
  code: "51848-0",
  display: "Evaluation note",
};
const CLINICAL_NOTE = {
  system: "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category",
  code: "clinical-note",
  display: "Clinical Note",
};

export interface WriteBackContext {
  patientId: string;
  encounterId?: string;
  /** The EHR user's FHIR reference (fhirUser), as the author. */
  author?: string;
}

const ref = (type: string, id: string) => ({ reference: `${type}/${id}` });

/** fhirUser is often an absolute URL; the EHR's own relative form reads better as an author. */
function authorOf(fhirUser: string | undefined) {
  const m = fhirUser
    ? /(Practitioner|PractitionerRole|Person|Patient|RelatedPerson)\/([^/]+)$/.exec(fhirUser)
    : null;
  return m ? [ref(m[1], m[2])] : undefined;
}

export function questionnaireResponseFor(assessment: ExportableAssessment, ctx: WriteBackContext) {
  const { id: _ownId, ...response } = toQuestionnaireResponse(assessment);
  const author = authorOf(ctx.author);
  return {
    ...response,
    identifier: { system: ASSESSMENT_IDENTIFIER_SYSTEM, value: assessment.id },
    subject: ref("Patient", ctx.patientId),
    ...(ctx.encounterId ? { encounter: ref("Encounter", ctx.encounterId) } : {}),
    ...(author ? { author: author[0] } : {}),
  };
}

export function documentReferenceFor(
  assessment: Pick<ExportableAssessment, "id" | "submittedAt">,
  note: string,
  ctx: WriteBackContext,
) {
  const author = authorOf(ctx.author);
  return {
    resourceType: "DocumentReference" as const,
    identifier: [{ system: NOTE_IDENTIFIER_SYSTEM, value: assessment.id }],
    status: "current" as const,
    docStatus: "final" as const,
    type: { coding: [NOTE_TYPE], text: "Kratom risk checklist note" },
    category: [{ coding: [CLINICAL_NOTE] }],
    subject: ref("Patient", ctx.patientId),
    date: assessment.submittedAt.toISOString(),
    ...(author ? { author } : {}),
    description:
      "Kratom risk checklist: findings and considerations (decision support, not orders)",
    content: [
      {
        attachment: {
          contentType: "text/plain; charset=utf-8",
          data: Buffer.from(note, "utf8").toString("base64"),
          title: "Kratom risk checklist note",
          creation: assessment.submittedAt.toISOString(),
        },
      },
    ],
    ...(ctx.encounterId ? { context: { encounter: [ref("Encounter", ctx.encounterId)] } } : {}),
  };
}

/** The `If-None-Exist` query that finds an earlier copy of a resource by its identifier. */
export const ifNoneExist = (system: string, value: string) =>
  `identifier=${encodeURIComponent(`${system}|${value}`)}`;
