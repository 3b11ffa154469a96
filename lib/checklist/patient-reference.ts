/**
 * The patient reference's rule, in modules of their own (this one without zod, for the
 * browser's check; patient-reference-schema.ts with it): the admin's erasure form checks the
 * same reference without pulling the question table, the step schemas and the medicine ids.
 */

export const PATIENT_REFERENCE_MAX = 64;

/** Read by field-rules.ts too, so the browser's check of the patient step says the same. */
export const patientReferenceRule = {
  kind: "text",
  max: PATIENT_REFERENCE_MAX,
  invalid: "Enter the patient reference.",
  required: "Enter the patient reference.",
  tooLong: `Keep the patient reference to ${PATIENT_REFERENCE_MAX} characters.`,
} as const;
