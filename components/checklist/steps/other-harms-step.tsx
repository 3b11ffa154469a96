"use client";
import { ChoiceGroup } from "@/components/ui/choice-group";
import * as o from "@/lib/checklist/options";
import { StepForm } from "../step-form";

export function OtherHarmsStep() {
  return (
    <StepForm stepKey="otherHarms">
      <ChoiceGroup
        name="otherHarms.liverSymptoms"
        legend="Liver symptoms since starting kratom"
        hint="Tick all that apply."
        type="checkbox"
        options={o.liverSymptoms}
        columns={2}
      />
      <ChoiceGroup
        name="otherHarms.seizures"
        legend="Any seizure since starting kratom?"
        type="radio"
        options={o.yesNoUnknown}
      />
      <ChoiceGroup
        name="otherHarms.palpitationsOrFainting"
        legend="Palpitations or fainting?"
        type="radio"
        options={o.yesNoUnknown}
      />
      <ChoiceGroup
        name="otherHarms.pregnancy"
        legend="Pregnancy and breastfeeding"
        type="radio"
        options={o.pregnancyStatuses}
        columns={2}
      />
    </StepForm>
  );
}
