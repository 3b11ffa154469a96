"use client";
import { Controller, useFormContext, useWatch } from "react-hook-form";
import { FieldError } from "@/components/ui/field-error";
import { errorAt, errorId, fieldId } from "@/components/ui/field-id";
import { TextField } from "@/components/ui/text-field";
import { MedicationCombobox } from "../medication-combobox";
import { StepForm } from "../step-form";
import { useVocabulary } from "../use-vocabulary";

export function MedicationsStep() {
  const vocabulary = useVocabulary();
  const nameOf = (id: string) => vocabulary?.medicationById(id)?.generic ?? id;
  const { control, register, formState } = useFormContext();
  const listError = errorAt(formState.errors, "medications.medicationIds");
  const noneError = errorAt(formState.errors, "medications.noneTaken");
  const ids: string[] = useWatch({ name: "medications.medicationIds" }) ?? [];
  return (
    <StepForm stepKey="medications">
      <Controller
        control={control}
        name="medications.medicationIds"
        render={({ field }) => (
          <div id={fieldId("medications.medicationIds")} tabIndex={-1}>
            <MedicationCombobox
              selected={field.value ?? []}
              onSelect={(id) => field.onChange([...(field.value ?? []), id])}
              invalid={Boolean(listError)}
              describedBy={listError ? errorId("medications.medicationIds") : undefined}
            />
            <FieldError name="medications.medicationIds" message={listError} />
            <h2 className="mt-4 font-semibold">Current medicines ({ids.length})</h2>
            {ids.length === 0 ? (
              <p className="text-slate-700">None added yet.</p>
            ) : (
              <ul className="mt-2 flex flex-wrap gap-2" aria-label="Current medicines">
                {ids.map((id) => (
                  <li
                    key={id}
                    className="flex items-center gap-2 rounded-full border border-slate-400 bg-white py-1 pl-3 pr-1"
                  >
                    <span>{nameOf(id)}</span>
                    <button
                      type="button"
                      onClick={() => field.onChange(ids.filter((x) => x !== id))}
                      className="min-h-8 min-w-8 rounded-full px-2 text-slate-800 hover:bg-slate-200"
                      aria-label={`Remove ${nameOf(id)}`}
                    >
                      ✕
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      />
      <TextField
        name="medications.otherMedicines"
        label="Other medicines not found in the list (optional)"
        hint="Free text is kept for you but is not checked for interactions and never counted in clinic figures."
        multiline
        maxLength={500}
        className="mt-6"
      />
      <div className="mt-6">
        <label
          htmlFor={fieldId("medications.noneTaken")}
          className="flex min-h-11 items-center gap-3"
        >
          <input
            id={fieldId("medications.noneTaken")}
            type="checkbox"
            className="h-5 w-5 accent-blue-700"
            aria-invalid={Boolean(noneError) || undefined}
            aria-describedby={noneError ? errorId("medications.noneTaken") : undefined}
            {...register("medications.noneTaken")}
          />
          The patient takes no medicines
        </label>
        <FieldError name="medications.noneTaken" message={noneError} />
      </div>
    </StepForm>
  );
}
