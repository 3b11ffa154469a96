"use client";
import { useEffect, useRef } from "react";
import { fieldId } from "./field-id";

export interface SummaryError {
  name: string;
  message: string;
}

/**
 * Lists a step's errors at the top, takes focus so screen readers announce it, and links each
 * error to its field (the GOV.UK error-summary pattern).
 */
export function ErrorSummary({
  errors,
  formError,
  focusKey,
  title,
}: {
  errors: SummaryError[];
  formError?: string;
  focusKey: number;
  title?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = errors.length > 0 || Boolean(formError);
  // Focus once per failed attempt, when its summary is first on screen: a form's errors can
  // arrive a render after the attempt is counted (react-hook-form's state), and fixing them
  // one by one afterwards must not take the focus away from the field being fixed.
  const focusedFor = useRef(-1);
  useEffect(() => {
    if (shown && focusKey !== focusedFor.current) {
      focusedFor.current = focusKey;
      ref.current?.focus();
    }
  }, [focusKey, shown]);
  if (!shown) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="mb-6 rounded-md border-2 border-red-700 bg-white p-4"
    >
      <h2 id="error-summary-title" className="text-lg font-semibold text-red-800">
        {title ?? "There is a problem"}
      </h2>
      {formError && <p className="mt-1">{formError}</p>}
      {errors.length > 0 && (
        <ul className="mt-2 list-disc pl-5">
          {errors.map((e) => (
            <li key={e.name}>
              <a className="text-red-800 underline" href={`#${fieldId(e.name)}`}>
                {e.message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
