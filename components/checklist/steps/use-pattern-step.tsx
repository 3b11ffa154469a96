"use client";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextField } from "@/components/ui/text-field";
import * as o from "@/lib/checklist/options";
import { StepForm } from "../step-form";

export function UsePatternStep() {
  return (
    <StepForm stepKey="usePattern">
      <ChoiceGroup
        name="usePattern.productForms"
        legend="Which products does the patient use?"
        hint="Tick all that apply."
        type="checkbox"
        options={o.productForms}
      />
      <ChoiceGroup
        name="usePattern.amountPerDose"
        legend="Usual amount per dose"
        type="radio"
        options={o.doseAmounts}
        columns={2}
      />
      <ChoiceGroup
        name="usePattern.frequency"
        legend="How often is kratom used?"
        type="radio"
        options={o.useFrequencies}
        columns={2}
      />
      <TextField
        name="usePattern.dosesPerDay"
        label="Doses on a typical day of use"
        hint="How often a day matters more for dependence than the amount per dose."
        type="number"
        min={1}
        max={30}
        className="mt-6 max-w-xs"
      />
      <ChoiceGroup
        name="usePattern.duration"
        legend="How long has the patient used kratom?"
        type="radio"
        options={o.useDurations}
        columns={2}
      />
      <ChoiceGroup
        name="usePattern.escalation"
        legend="Has the amount gone up in recent months?"
        type="radio"
        options={o.yesNoUnknown}
      />
      <ChoiceGroup
        name="usePattern.needsMoreForEffect"
        legend="Does the patient need more for the same effect?"
        type="radio"
        options={o.yesNoUnknown}
      />
      <ChoiceGroup
        name="usePattern.coUsed"
        legend="Other substances used with kratom"
        hint="Tick all that apply, or “None”."
        type="checkbox"
        options={o.coUsedSubstances}
        columns={2}
      />
    </StepForm>
  );
}
