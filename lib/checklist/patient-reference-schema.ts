import { z } from "zod";
import { PATIENT_REFERENCE_MAX, patientReferenceRule as rule } from "./patient-reference";

/** The patient step's reference field, and the admin's erasure request's (lib/accounts). */
export const patientReferenceSchema = z
  .string({ error: rule.invalid })
  .trim()
  .min(1, { error: rule.required })
  .max(PATIENT_REFERENCE_MAX, { error: rule.tooLong });
