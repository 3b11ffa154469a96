"use client";
import { useFormContext } from "react-hook-form";
import { describedBy, FieldError } from "./field-error";
import { errorAt, fieldId, hintId } from "./field-id";

interface TextFieldProps {
  name: string;
  label: string;
  hint?: string;
  type?: "text" | "number" | "email" | "password";
  min?: number;
  max?: number;
  maxLength?: number;
  autoComplete?: string;
  multiline?: boolean;
  className?: string;
}

export function TextField({
  name,
  label,
  hint,
  type = "text",
  min,
  max,
  maxLength,
  autoComplete,
  multiline,
  className = "",
}: TextFieldProps) {
  const { register, formState } = useFormContext();
  const message = errorAt(formState.errors, name);
  const id = fieldId(name);
  const inputClass = `mt-1 block w-full rounded-md border bg-white px-3 py-2 text-base ${message ? "border-red-700" : "border-slate-500"}`;
  const aria = describedBy(name, Boolean(message), Boolean(hint));
  const registration = register(
    name,
    type === "number" ? { setValueAs: (v) => (v === "" || v == null ? undefined : Number(v)) } : {},
  );
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint && (
        <p id={hintId(name)} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea
          id={id}
          rows={3}
          maxLength={maxLength}
          className={inputClass}
          {...aria}
          {...registration}
        />
      ) : (
        <input
          id={id}
          type={type}
          inputMode={type === "number" ? "numeric" : undefined}
          min={min}
          max={max}
          maxLength={maxLength}
          autoComplete={autoComplete}
          className={inputClass}
          {...aria}
          {...registration}
        />
      )}
      <FieldError name={name} message={message} />
    </div>
  );
}
