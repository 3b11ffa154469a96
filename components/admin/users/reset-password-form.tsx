"use client";
import { FormProvider } from "react-hook-form";
import { flattenErrors } from "@/components/checklist/flatten-errors";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { resetPasswordSchema } from "@/lib/accounts/schemas";
import { resetClinicianPasswordAction } from "@/lib/actions/user-actions";

/** The admin sets a new password; the server also ends every session of that clinician. */
export function ResetPasswordForm({ userId, name }: { userId: string; name: string }) {
  const { form, pending, formError, status, attempt, onSubmit } = useActionForm({
    schema: resetPasswordSchema,
    defaultValues: { userId, password: "" },
    action: resetClinicianPasswordAction,
    onSuccess: (_values, f) => {
      f.reset({ userId, password: "" });
      return `Password changed. ${name} has been signed out everywhere.`;
    },
  });

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={onSubmit} aria-labelledby="reset-title" className="space-y-4">
        <h2 id="reset-title" className="text-xl font-semibold">
          Reset password
        </h2>
        <ErrorSummary
          errors={flattenErrors(form.formState.errors)}
          formError={formError}
          focusKey={attempt}
        />
        <TextField
          name="password"
          label="New password"
          hint="At least 12 characters. Their current sessions end when you save."
          type="password"
          autoComplete="new-password"
          maxLength={128}
        />
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Set new password"}
        </Button>
        <p role="status" aria-live="polite" className="text-green-800">
          {status}
        </p>
      </form>
    </FormProvider>
  );
}
