"use client";
import { useEffect } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { ChoiceGroup } from "@/components/ui/choice-group";
import * as o from "@/lib/checklist/options";
import { StepForm } from "../step-form";

export function SkinStep() {
  const { setValue } = useFormContext();
  const darkening = useWatch({ name: "skin.newDarkening" });

  // Sites, colour and onset only belong to the answers while there is new darkening.
  useEffect(() => {
    if (darkening === "yes") return;
    setValue("skin.sites", []);
    setValue("skin.colour", undefined);
    setValue("skin.onset", undefined);
  }, [darkening, setValue]);
  return (
    <StepForm stepKey="skin">
      <ChoiceGroup
        name="skin.newDarkening"
        legend="Any new darkening of the skin since starting kratom?"
        type="radio"
        options={o.yesNoUnknown}
      />
      {darkening === "yes" && (
        <>
          <ChoiceGroup
            name="skin.sites"
            legend="Where is the darkening?"
            hint="Tick all that apply."
            type="checkbox"
            options={o.skinSites}
            columns={2}
          />
          <ChoiceGroup
            name="skin.colour"
            legend="Colour"
            type="radio"
            options={o.skinColours}
            columns={2}
          />
          <ChoiceGroup
            name="skin.onset"
            legend="When did it start?"
            type="radio"
            options={o.skinOnsets}
          />
        </>
      )}
      <ChoiceGroup
        name="skin.fitzpatrick"
        legend="Fitzpatrick skin type"
        type="radio"
        options={o.fitzpatrickTypes}
        columns={2}
      />
      <ChoiceGroup
        name="skin.otherCauses"
        legend="Exposure, now or in the past, to other causes of pigmentation"
        hint="Tick all that apply, or “None of these”."
        type="checkbox"
        options={o.pigmentationCauses}
        columns={2}
      />
    </StepForm>
  );
}
