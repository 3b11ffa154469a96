"use client";
import type { ReactNode } from "react";
import { type FieldValues, FormProvider } from "react-hook-form";
import { flattenErrors } from "@/components/checklist/flatten-errors";
import { Button } from "./button";
import { ErrorSummary } from "./error-summary";
import type { useActionForm } from "./use-action-form";

/**
 * The frame of a titled form bound to one server action (useActionForm): heading, error summary
 * that takes focus on each failed attempt, the fields, the submit button with its pending words,
 * and a polite status for what succeeded.
 */
export function ActionForm<T extends FieldValues, R>({
  state,
  id,
  title,
  submitLabel,
  pendingLabel,
  children,
}: {
  state: ReturnType<typeof useActionForm<T, R>>;
  /** Prefix of the heading's id, which names the form. */
  id: string;
  title: string;
  submitLabel: string;
  pendingLabel: string;
  children: ReactNode;
}) {
  const { form, pending, formError, status, attempt, onSubmit } = state;
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={onSubmit} aria-labelledby={`${id}-title`} className="space-y-4">
        <h2 id={`${id}-title`} className="text-xl font-semibold">
          {title}
        </h2>
        <ErrorSummary
          errors={flattenErrors(form.formState.errors)}
          formError={formError}
          focusKey={attempt}
        />
        {children}
        <Button type="submit" disabled={pending}>
          {pending ? pendingLabel : submitLabel}
        </Button>
        <p role="status" aria-live="polite" className="text-green-800">
          {status}
        </p>
      </form>
    </FormProvider>
  );
}
