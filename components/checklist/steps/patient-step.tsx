"use client";
import { useEffect } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextField } from "@/components/ui/text-field";
import * as o from "@/lib/checklist/options";
import { PATIENT_REFERENCE_MAX } from "@/lib/checklist/schemas";
import { StepForm } from "../step-form";

export function PatientStep() {
  const { setValue } = useFormContext();
  const reasons: string[] = useWatch({ name: "patient.reasons" }) ?? [];
  const painIsAReason = reasons.some((r) => (o.painReasons as readonly string[]).includes(r));

  // PEG-3 answers only belong to the assessment while pain is a reason for use.
  useEffect(() => {
    if (!painIsAReason) setValue("patient.peg", undefined);
  }, [painIsAReason, setValue]);

  return (
    <StepForm stepKey="patient">
      <TextField
        name="patient.patientReference"
        label="Patient reference"
        hint="Your local reference for this patient (for example a record number). It is stored encrypted and never shown to anyone but you."
        maxLength={PATIENT_REFERENCE_MAX}
        autoComplete="off"
      />
      <ChoiceGroup
        name="patient.ageBand"
        legend="Age band"
        type="radio"
        options={o.ageBands}
        columns={2}
      />
      <ChoiceGroup name="patient.sex" legend="Sex" type="radio" options={o.sexes} columns={2} />
      <ChoiceGroup
        name="patient.reasons"
        legend="Why does the patient use kratom?"
        hint="Tick all that apply."
        type="checkbox"
        options={o.useReasons}
        columns={2}
      />
      <TextField
        name="patient.otherReason"
        label="Other reason (optional)"
        maxLength={200}
        className="mt-4"
      />
      {painIsAReason && (
        <fieldset className="mt-6">
          <legend className="font-semibold">
            Pain in the past week (PEG-3), each from 0 to 10
          </legend>
          <div className="mt-2 grid gap-4 sm:grid-cols-3">
            <TextField
              name="patient.peg.pain"
              label="Average pain (0 none – 10 worst imaginable)"
              type="number"
              min={0}
              max={10}
            />
            <TextField
              name="patient.peg.enjoyment"
              label="Interference with enjoyment of life (0 none – 10 complete)"
              type="number"
              min={0}
              max={10}
            />
            <TextField
              name="patient.peg.activity"
              label="Interference with general activity (0 none – 10 complete)"
              type="number"
              min={0}
              max={10}
            />
          </div>
        </fieldset>
      )}
    </StepForm>
  );
}
