"use client";
import { useFormContext } from "react-hook-form";
import { useRecordMark } from "@/components/ehr/from-record-marks";
import type { Option } from "@/lib/checklist/options";
import { describedBy, FieldError, FieldHint } from "./field-error";
import { errorAt, fieldId } from "./field-id";

interface ChoiceGroupProps {
  name: string;
  legend: string;
  options: readonly Option[];
  /** radio: one answer; checkbox: any number (stored as an array). */
  type: "radio" | "checkbox";
  hint?: string;
  columns?: 1 | 2;
}

/** A fieldset of radios or checkboxes bound to the wizard's form, with its error announced. */
export function ChoiceGroup({ name, legend, options, type, hint, columns = 1 }: ChoiceGroupProps) {
  const { register, formState } = useFormContext();
  const message = errorAt(formState.errors, name);
  const id = fieldId(name);
  // An answer prefilled from an EHR record is marked until confirmed (no mark without a launch).
  const fromRecord = useRecordMark(name, legend);
  return (
    <fieldset
      id={id}
      className="mt-6"
      {...describedBy(name, Boolean(message), Boolean(hint), fromRecord.id)}
    >
      <legend className="font-semibold">{legend}</legend>
      {fromRecord.node}
      <FieldHint name={name} hint={hint} />
      <FieldError name={name} message={message} />
      <div className={`mt-2 grid gap-2 ${columns === 2 ? "sm:grid-cols-2" : ""}`}>
        {options.map((option) => (
          <label
            key={option.value}
            htmlFor={`${id}-${option.value}`}
            className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md border border-slate-300 bg-white px-3 py-2 has-[:checked]:border-blue-700 has-[:checked]:bg-blue-50"
          >
            <input
              id={`${id}-${option.value}`}
              type={type}
              value={option.value}
              className="h-5 w-5 shrink-0 accent-blue-700"
              {...register(name)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
