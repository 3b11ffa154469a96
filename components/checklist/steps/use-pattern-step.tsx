"use client";
import { StepQuestions } from "../question-field";
import { StepForm } from "../step-form";

export function UsePatternStep() {
  return (
    <StepForm stepKey="usePattern">
      <StepQuestions step="usePattern" />
    </StepForm>
  );
}
