"use client";
import "@/components/security/zod-jitless";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import {
  type DefaultValues,
  type FieldValues,
  type Path,
  type UseFormReturn,
  useForm,
} from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";

import { unreachable } from "./unreachable";

export { unreachable };

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

interface ActionFormOptions<T extends FieldValues, R> {
  schema: z.ZodType<T, T>;
  defaultValues: DefaultValues<T>;
  action: (values: T) => Promise<ActionResult<R> | undefined>;
  /** Runs after success (an action that redirects never gets here); returns a status to announce. */
  onSuccess?: (values: T, form: UseFormReturn<T>, data: R) => string | undefined;
}

/**
 * A small form bound to one server action: the zod schema checks on the client, the action
 * checks again on the server, and either's errors land on the fields and in the error summary.
 * `startTransition` + its pending flag, as house style asks (not RHF's isSubmitting).
 */
export function useActionForm<T extends FieldValues, R>(options: ActionFormOptions<T, R>) {
  const form = useForm<T>({
    resolver: zodResolver(options.schema),
    defaultValues: options.defaultValues,
    shouldFocusError: false,
  });
  const [pending, startTransition] = useTransition();
  const [formError, setFormError] = useState<string>();
  const [status, setStatus] = useState("");
  const [attempt, setAttempt] = useState(0);

  const onSubmit = form.handleSubmit(
    (values) =>
      startTransition(async () => {
        setFormError(undefined);
        setStatus("");
        const result = await options.action(values).catch(() => unreachable);
        if (!result) return;
        if (result.ok) {
          setStatus(options.onSuccess?.(values, form, result.data) ?? "");
          return;
        }
        setFormError(applyResult(form, result));
        setAttempt((n) => n + 1);
      }),
    () => setAttempt((n) => n + 1),
  );

  return { form, pending, formError, status, attempt, onSubmit };
}
