"use client";
import { FormProvider } from "react-hook-form";
import { flattenErrors } from "@/components/checklist/flatten-errors";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { signInAction } from "@/lib/actions/auth-actions";
import { signInSchema } from "@/lib/auth/sign-in-schema";

export function SignInForm({ next }: { next?: string }) {
  // On success the action redirects, so only failures come back here.
  const { form, pending, formError, attempt, onSubmit } = useActionForm({
    schema: signInSchema,
    defaultValues: { email: "", password: "", next },
    action: signInAction,
  });
  const errors = flattenErrors(form.formState.errors);

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={onSubmit} className="mt-6 space-y-4" aria-label="Sign in">
        <ErrorSummary errors={errors} formError={formError} focusKey={attempt} />
        <TextField
          name="email"
          label="Email"
          type="email"
          autoComplete="username"
          maxLength={254}
        />
        <TextField
          name="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          maxLength={128}
        />
        <Button type="submit" disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </Button>
      </form>
    </FormProvider>
  );
}
