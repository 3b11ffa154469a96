import { toNestErrors } from "@hookform/resolvers";
import type { FieldError, FieldValues, Resolver } from "react-hook-form";
import type { Issue } from "@/lib/checklist/check-answers";

/**
 * A react-hook-form resolver over lib/checklist's own check (no zod in the browser): the first
 * message for each answer, as zodResolver reported it, nested with the fields' refs. `check`
 * returns null when nothing is to be checked (no Continue or Submit was pressed yet).
 */
export function checkResolver<T extends FieldValues>(check: (values: T) => Issue[] | null) {
  const resolver: Resolver<T> = (values, _context, options) => {
    const issues = check(values) ?? [];
    if (issues.length === 0) return { values, errors: {} };
    const errors: Record<string, FieldError> = {};
    for (const issue of issues) {
      const path = issue.path.join(".");
      errors[path] ??= { type: "custom", message: issue.message };
    }
    return { values: {}, errors: toNestErrors(errors, options) };
  };
  return resolver;
}
