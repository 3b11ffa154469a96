"use client";
import { useFormContext, useWatch } from "react-hook-form";
import { describedBy, FieldError, FieldHint } from "./field-error";
import { errorAt, fieldId } from "./field-id";

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
  const value: unknown = useWatch({ name });
  const counted = maxLength !== undefined && type === "text";
  const length = typeof value === "string" ? value.length : 0;
  const id = fieldId(name);
  const inputClass = `mt-1 block w-full rounded-md border bg-white px-3 py-2 text-base ${message ? "border-red-700" : "border-slate-500"}`;
  const counterId = `${id}-count`;
  const base = describedBy(name, Boolean(message), Boolean(hint));
  const describedIds = [base["aria-describedby"], counted ? counterId : undefined].filter(Boolean);
  const aria = {
    ...base,
    "aria-describedby": describedIds.length ? describedIds.join(" ") : undefined,
  };
  const registration = register(
    name,
    type === "number" ? { setValueAs: (v) => (v === "" || v == null ? undefined : Number(v)) } : {},
  );
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <FieldHint name={name} hint={hint} />
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
      {counted && (
        <p id={counterId} className="mt-1 text-sm text-slate-700">
          {length} of {maxLength} characters
          {/* The browser stops typing (and cuts a paste) at the limit: say so, never silently. */}
          <span aria-live="polite">
            {length >= maxLength && (
              <strong className="block font-medium text-amber-900">
                Limit reached: only the first {maxLength} characters are kept.
              </strong>
            )}
          </span>
        </p>
      )}
      <FieldError name={name} message={message} />
    </div>
  );
}
