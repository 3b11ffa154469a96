"use client";
import { useFormContext } from "react-hook-form";
import { describedBy, FieldError, FieldHint } from "./field-error";
import { errorAt, fieldId } from "./field-id";

/** One tick box bound to the wizard's form (a yes/no answer such as "PEG-3 declined"). */
export function CheckboxField({
  name,
  label,
  hint,
  className = "mt-4",
}: {
  name: string;
  label: string;
  hint?: string;
  className?: string;
}) {
  const { register, formState } = useFormContext();
  const message = errorAt(formState.errors, name);
  const id = fieldId(name);
  return (
    <div className={className}>
      <label htmlFor={id} className="flex min-h-11 items-center gap-3">
        <input
          id={id}
          type="checkbox"
          className="h-5 w-5 shrink-0 accent-blue-700"
          {...describedBy(name, Boolean(message), Boolean(hint))}
          {...register(name)}
        />
        {label}
      </label>
      <FieldHint name={name} hint={hint} />
      <FieldError name={name} message={message} />
    </div>
  );
}
