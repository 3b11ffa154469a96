"use client";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { resetPasswordSchema } from "@/lib/accounts/schemas";
import { resetClinicianPasswordAction } from "@/lib/actions/user-actions";

/** The admin sets a new password; the server also ends every session of that clinician. */
export function ResetPasswordForm({ userId, name }: { userId: string; name: string }) {
  const state = useActionForm({
    schema: resetPasswordSchema,
    defaultValues: { userId, password: "" },
    action: resetClinicianPasswordAction,
    onSuccess: (_values, f) => {
      f.reset({ userId, password: "" });
      return `Password changed. ${name} has been signed out everywhere.`;
    },
  });

  return (
    <ActionForm
      state={state}
      id="reset"
      title="Reset password"
      submitLabel="Set new password"
      pendingLabel="Saving…"
    >
      <TextField
        name="password"
        label="New password"
        hint="At least 12 characters. Their current sessions end when you save."
        type="password"
        autoComplete="new-password"
        maxLength={128}
      />
    </ActionForm>
  );
}
