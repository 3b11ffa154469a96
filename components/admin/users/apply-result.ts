import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/lib/actions/result";

/** Puts a server action's field errors on the form's fields; returns its form-level message. */
export function applyResult<T extends FieldValues>(
  form: UseFormReturn<T>,
  result: ActionResult<unknown>,
): string | undefined {
  if (result.ok) return undefined;
  for (const [name, messages] of Object.entries(result.fieldErrors ?? {}))
    if (name !== "_form" && messages[0])
      form.setError(name as Path<T>, { type: "server", message: messages[0] });
  return result.formError;
}

/** A thrown action (network down, server restarting) becomes a message, not a crash. */
export const unreachable = {
  ok: false as const,
  formError: "The server could not be reached. Nothing was changed: try again.",
};
