"use client";
import { useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { useActionForm } from "@/components/ui/use-action-form";
import { userTargetSchema } from "@/lib/accounts/schemas";
import { resetClinicianPasswordAction } from "@/lib/actions/user-actions";
import { InvitationLink, type IssuedLink } from "./invitation-link";

/**
 * A reset ends the clinician's password and sessions at once and gives the admin a one-time
 * link where the clinician chooses a new password (also the way to re-send a lost invitation).
 */
export function ResetPasswordForm({ userId, name }: { userId: string; name: string }) {
  const [issued, setIssued] = useState<IssuedLink>();
  const state = useActionForm({
    schema: userTargetSchema,
    defaultValues: { userId },
    action: resetClinicianPasswordAction,
    onSuccess: (_values, _f, data) => {
      setIssued(data);
      return `Password reset. ${name} has been signed out everywhere and needs the link below.`;
    },
  });

  return (
    <>
      <ActionForm
        state={state}
        id="reset"
        title="Reset password"
        submitLabel="Reset password and issue a link"
        pendingLabel="Resetting…"
      >
        <p className="text-sm text-slate-700">
          The current password stops working and every session of {name} ends. You get a one-time
          link for {name} to choose a new password; it also replaces an invitation that was lost.
        </p>
      </ActionForm>
      {issued ? <InvitationLink issued={issued} name={name} /> : null}
    </>
  );
}
