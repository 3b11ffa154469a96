"use client";
import { useRouter } from "next/navigation";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { type CreateClinicianInput, createClinicianSchema } from "@/lib/accounts/schemas";
import { createClinicianAction } from "@/lib/actions/user-actions";

const empty: CreateClinicianInput = { name: "", email: "", password: "" };

/** Creates a clinician in the admin's own clinic (the server takes the clinic from the session). */
export function CreateClinicianForm() {
  const router = useRouter();
  const state = useActionForm({
    schema: createClinicianSchema,
    defaultValues: empty,
    action: createClinicianAction,
    onSuccess: (values, f) => {
      f.reset(empty);
      router.refresh();
      return `Account created for ${values.name}. They can sign in now.`;
    },
  });

  return (
    <ActionForm
      state={state}
      id="create"
      title="Add a clinician"
      submitLabel="Create account"
      pendingLabel="Creating…"
    >
      <TextField name="name" label="Full name" autoComplete="off" maxLength={120} />
      <TextField name="email" label="Email" type="email" autoComplete="off" maxLength={254} />
      <TextField
        name="password"
        label="Initial password"
        hint="At least 12 characters; not the email address. Give it to the clinician in person."
        type="password"
        autoComplete="new-password"
        maxLength={128}
      />
    </ActionForm>
  );
}
