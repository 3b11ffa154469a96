"use client";
import { Controller, useFormContext, useWatch } from "react-hook-form";
import { useRecordMedicineMarks } from "@/components/ehr/from-record-marks";
import { FieldError } from "@/components/ui/field-error";
import { errorAt, errorId, fieldId } from "@/components/ui/field-id";
import { TextField } from "@/components/ui/text-field";
import type { FreeTextReading } from "@/lib/medications";
import { MedicationCombobox } from "../medication-combobox";
import { MedicationFreeText } from "../medication-free-text";
import { StepForm } from "../step-form";
import { useVocabulary } from "../use-vocabulary";

export function MedicationsStep() {
  const { control, register, formState, getValues, setValue } = useFormContext();
  const listError = errorAt(formState.errors, "medications.medicationIds");
  const noneError = errorAt(formState.errors, "medications.noneTaken");
  const ids: string[] = useWatch({ name: "medications.medicationIds" }) ?? [];
  // Loaded only to name picked medicines (or once the search or the free text needs it).
  const vocabulary = useVocabulary(ids.length > 0);
  const nameOf = (id: string) => vocabulary?.medicationById(id)?.generic ?? id;
  const recordMark = useRecordMedicineMarks();
  const freeText: string = useWatch({ name: "medications.otherMedicines" }) ?? "";
  const set = (name: string, value: unknown) =>
    setValue(name, value, { shouldDirty: true, shouldTouch: true });

  // The combobox's "add as free text" option: appended as its own entry, unchecked.
  function addFreeText(text: string) {
    const current = String(getValues("medications.otherMedicines") ?? "").replace(/[\s,;]+$/, "");
    set("medications.otherMedicines", current ? `${current}, ${text}` : text);
  }

  // A recognised (or accepted suggested) entry moves from the free text to the picked medicines.
  function moveFromFreeText(reading: FreeTextReading & { status: "recognised" | "suggested" }) {
    const picked: string[] = getValues("medications.medicationIds") ?? [];
    const id = reading.match.medication.id;
    if (!picked.includes(id)) set("medications.medicationIds", [...picked, id]);
    const text = String(getValues("medications.otherMedicines") ?? "");
    // The text may have changed since the entry was read: find it again rather than trust offsets.
    const entry =
      text.slice(reading.start, reading.end) === reading.text
        ? reading
        : vocabulary?.splitFreeText(text).find((e) => e.text === reading.text);
    if (entry && vocabulary)
      set("medications.otherMedicines", vocabulary.removeFreeTextEntry(text, entry));
    document.getElementById(fieldId("medications.otherMedicines"))?.focus();
  }
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
              onAddFreeText={addFreeText}
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
                    {recordMark(id, nameOf(id)).node}
                    <button
                      type="button"
                      aria-describedby={recordMark(id, nameOf(id)).id}
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
      <MedicationFreeText text={freeText} picked={ids} onAdd={moveFromFreeText} />
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
