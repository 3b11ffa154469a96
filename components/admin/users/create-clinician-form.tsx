"use client";
import { useRouter } from "next/navigation";
import { FormProvider } from "react-hook-form";
import { flattenErrors } from "@/components/checklist/flatten-errors";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { type CreateClinicianInput, createClinicianSchema } from "@/lib/accounts/schemas";
import { createClinicianAction } from "@/lib/actions/user-actions";

const empty: CreateClinicianInput = { name: "", email: "", password: "" };

/** Creates a clinician in the admin's own clinic (the server takes the clinic from the session). */
export function CreateClinicianForm() {
  const router = useRouter();
  const { form, pending, formError, status, attempt, onSubmit } = useActionForm({
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
    <FormProvider {...form}>
      <form noValidate onSubmit={onSubmit} aria-labelledby="create-title" className="space-y-4">
        <h2 id="create-title" className="text-xl font-semibold">
          Add a clinician
        </h2>
        <ErrorSummary
          errors={flattenErrors(form.formState.errors)}
          formError={formError}
          focusKey={attempt}
        />
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
        <Button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create account"}
        </Button>
        <p role="status" aria-live="polite" className="text-green-800">
          {status}
        </p>
      </form>
    </FormProvider>
  );
}
