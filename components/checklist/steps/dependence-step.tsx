"use client";
import { useWatch } from "react-hook-form";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { dsmSeverity } from "@/lib/checklist/dsm-severity";
import * as o from "@/lib/checklist/options";
import { StepForm } from "../step-form";

export function DependenceStep() {
  const asked = useWatch({ name: "dependence.criteriaAsked" });
  const criteria: string[] = useWatch({ name: "dependence.criteria" }) ?? [];
  const missed = useWatch({ name: "dependence.withdrawalWhenMissed" });
  return (
    <StepForm stepKey="dependence">
      <ChoiceGroup
        name="dependence.criteriaAsked"
        legend="DSM-5 criteria for kratom use in the past 12 months"
        type="radio"
        options={o.criteriaAsked}
      />
      {asked === "asked" && (
        <>
          <ChoiceGroup
            name="dependence.criteria"
            legend="Criteria present"
            hint="Tick each criterion the patient meets."
            type="checkbox"
            options={o.dsmCriteria}
          />
          <p className="mt-2 text-sm" role="status">
            {criteria.length} of 11 criteria:{" "}
            {dsmSeverity(criteria.length) === "none"
              ? "below the threshold for a use disorder"
              : `${dsmSeverity(criteria.length)} range`}
          </p>
        </>
      )}
      <ChoiceGroup
        name="dependence.withdrawalWhenMissed"
        legend="Symptoms when a dose is missed or delayed?"
        type="radio"
        options={o.withdrawalWhenMissed}
      />
      {missed === "yes" && (
        <ChoiceGroup
          name="dependence.withdrawalSymptoms"
          legend="Withdrawal symptoms reported"
          type="checkbox"
          options={o.withdrawalSymptoms}
          columns={2}
        />
      )}
      <ChoiceGroup
        name="dependence.lastDose"
        legend="Time since the last dose"
        type="radio"
        options={o.lastDoseTimes}
        columns={2}
      />
      <ChoiceGroup
        name="dependence.quitAttempts"
        legend="Earlier attempts to stop"
        type="radio"
        options={o.quitAttempts}
      />
    </StepForm>
  );
}
