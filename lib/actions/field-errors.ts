import type { z } from "zod";
import type { FieldErrors } from "./result";

/** zod issues keyed by dotted path ("usePattern.dosesPerDay"), the names the form uses. */
export function toFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    out[key] ??= [];
    out[key].push(issue.message);
  }
  return out;
}
