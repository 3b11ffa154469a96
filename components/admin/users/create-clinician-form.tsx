"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { type CreateClinicianInput, createClinicianSchema } from "@/lib/accounts/schemas";
import { createClinicianAction } from "@/lib/actions/user-actions";
import { InvitationLink, type IssuedLink } from "./invitation-link";

const empty: CreateClinicianInput = { name: "", email: "" };

/**
 * Creates a clinician in the admin's own clinic (the server takes the clinic from the session)
 * with no password: the admin is shown a one-time link where the clinician sets their own.
 */
export function CreateClinicianForm() {
  const router = useRouter();
  const [issued, setIssued] = useState<{ name: string; link: IssuedLink }>();
  const state = useActionForm({
    schema: createClinicianSchema,
    defaultValues: empty,
    action: createClinicianAction,
    onSuccess: (values, f, data) => {
      f.reset(empty);
      setIssued({ name: values.name, link: data });
      router.refresh();
      return `Account created for ${values.name}. Hand over the link below.`;
    },
  });

  return (
    <>
      <ActionForm
        state={state}
        id="create"
        title="Add a clinician"
        submitLabel="Create account"
        pendingLabel="Creating…"
      >
        <p className="text-sm text-slate-700">
          You will get a one-time link to give the clinician, where they choose their own password.
        </p>
        <TextField name="name" label="Full name" autoComplete="off" maxLength={120} />
        <TextField name="email" label="Email" type="email" autoComplete="off" maxLength={254} />
      </ActionForm>
      {issued ? <InvitationLink issued={issued.link} name={issued.name} /> : null}
    </>
  );
}
