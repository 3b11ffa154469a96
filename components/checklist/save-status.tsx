"use client";
import { useWizard } from "./wizard-provider";

const words = {
  idle: "",
  pending: "Unsaved changes",
  saving: "Saving draft…",
  saved: "Draft saved",
  error: "Not saved yet",
} as const;

// The browser's own clock and zone: "saved at" is read against the clock on the wall.
const clock = (d: Date) => d.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });

/**
 * Announces draft saves politely, with the time of the last one; why a save failed is in the
 * error summary, and this line says when the retried save got through.
 */
export function SaveStatus() {
  const { saveState, savedAt } = useWizard();
  return (
    <p role="status" aria-live="polite" className="text-sm text-slate-600">
      {words[saveState]}
      {saveState === "saved" && savedAt ? ` at ${clock(savedAt)}` : ""}
    </p>
  );
}
