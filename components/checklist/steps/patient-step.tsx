"use client";
import { TextField } from "@/components/ui/text-field";
import { PATIENT_REFERENCE_MAX } from "@/lib/checklist/field-rules";
import { StepQuestions } from "../question-field";
import { StepForm } from "../step-form";

/**
 * The patient reference is drawn here, not from the question table: it is never described,
 * exported or counted. PEG-3 appears with pain as a reason, and closes when declined.
 */
export function PatientStep() {
  return (
    <StepForm stepKey="patient">
      <TextField
        name="patient.patientReference"
        label="Patient reference"
        hint="Your local reference for this patient (for example a record number). It is stored encrypted and never shown to anyone but you."
        maxLength={PATIENT_REFERENCE_MAX}
        autoComplete="off"
      />
      <StepQuestions step="patient" />
    </StepForm>
  );
}
