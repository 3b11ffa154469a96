import type { FieldErrors } from "react-hook-form";
import type { SummaryError } from "@/components/ui/error-summary";

/** RHF's nested error tree as a flat list of dotted names, in the order fields appear. */
export function flattenErrors(errors: FieldErrors, prefix = ""): SummaryError[] {
  const out: SummaryError[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || key === "ref") continue;
    const name = key === "root" ? prefix : prefix ? `${prefix}.${key}` : key;
    const message = (value as { message?: unknown }).message;
    if (typeof message === "string" && message) out.push({ name, message });
    else if (typeof value === "object") out.push(...flattenErrors(value as FieldErrors, name));
  }
  return out;
}
