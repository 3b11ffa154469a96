import { errorId, hintId } from "./field-id";

/** A field's hint, tied to its control by id (see describedBy). */
export function FieldHint({ name, hint }: { name: string; hint?: string }) {
  if (!hint) return null;
  return (
    <p id={hintId(name)} className="text-sm text-slate-600">
      {hint}
    </p>
  );
}

export function FieldError({ name, message }: { name: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={errorId(name)} className="mt-1 text-sm font-medium text-red-700">
      <span className="sr-only">Error: </span>
      {message}
    </p>
  );
}

/** aria attributes that tie a control to its hint, its error and any other note (by id). */
export function describedBy(name: string, hasError: boolean, hasHint = false, note?: string) {
  const ids = [
    hasHint ? `${name.replace(/\./g, "-")}-hint` : null,
    hasError ? errorId(name) : null,
    note ?? null,
  ].filter(Boolean);
  return {
    "aria-invalid": hasError || undefined,
    "aria-describedby": ids.length ? ids.join(" ") : undefined,
  } as const;
}
