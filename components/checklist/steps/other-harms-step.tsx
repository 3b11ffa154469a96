"use client";
import { StepQuestions } from "../question-field";
import { StepForm } from "../step-form";

export function OtherHarmsStep() {
  return (
    <StepForm stepKey="otherHarms">
      <StepQuestions step="otherHarms" />
    </StepForm>
  );
}
