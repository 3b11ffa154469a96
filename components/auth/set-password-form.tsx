"use client";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { setPasswordSchema } from "@/lib/accounts/schemas";
import { setPasswordAction } from "@/lib/actions/invitation-actions";

/**
 * The holder of a one-time link chooses their password; afterwards the link is spent and the
 * action goes on to the sign-in page, which says the password is set.
 */
export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const state = useActionForm({
    schema: setPasswordSchema,
    defaultValues: { token, password: "", confirm: "" },
    action: setPasswordAction,
  });
  return (
    <ActionForm
      state={state}
      id="set-password"
      title="Choose your password"
      submitLabel="Set password"
      pendingLabel="Saving…"
    >
      <p>
        For the account <span className="font-medium break-all">{email}</span>. Nobody else, your
        clinic admin included, sees it.
      </p>
      <input type="hidden" autoComplete="username" value={email} readOnly />
      <TextField
        name="password"
        label="New password"
        hint="At least 12 characters; not your email address."
        type="password"
        autoComplete="new-password"
        maxLength={128}
      />
      <TextField
        name="confirm"
        label="New password again"
        type="password"
        autoComplete="new-password"
        maxLength={128}
      />
    </ActionForm>
  );
}
