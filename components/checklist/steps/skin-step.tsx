"use client";
import { StepQuestions } from "../question-field";
import { StepForm } from "../step-form";

/** Sites, colour and onset only appear (and only stay answered) with new darkening. */
export function SkinStep() {
  return (
    <StepForm stepKey="skin">
      <StepQuestions step="skin" />
    </StepForm>
  );
}
