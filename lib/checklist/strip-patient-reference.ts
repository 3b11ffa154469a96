import type { AssessmentAnswers, AssessmentInput } from "./schemas";

/** The answers without the patient reference: the only form that is stored in clear or assessed. */
export function stripPatientReference(input: AssessmentInput): AssessmentAnswers {
  const { patientReference: _omitted, ...patient } = input.patient;
  return { ...input, patient };
}
