"use client";
import { useWizard } from "./wizard-provider";

const words = {
  idle: "",
  pending: "Unsaved changes",
  saving: "Saving draft…",
  saved: "Draft saved",
  error: "",
} as const;

/** Announces draft saves politely; a failed save is shown in the error summary instead. */
export function SaveStatus() {
  const { saveState } = useWizard();
  return (
    <p role="status" aria-live="polite" className="text-sm text-slate-600">
      {words[saveState]}
    </p>
  );
}
