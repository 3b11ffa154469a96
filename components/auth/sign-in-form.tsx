"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { flattenErrors } from "@/components/checklist/flatten-errors";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import { signInAction } from "@/lib/actions/auth-actions";
import { type SignInInput, signInSchema } from "@/lib/auth/sign-in-schema";

export function SignInForm({ next }: { next?: string }) {
  const form = useForm<SignInInput>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: "", password: "", next },
    shouldFocusError: false,
  });
  const [pending, startTransition] = useTransition();
  const [formError, setFormError] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const errors = flattenErrors(form.formState.errors);

  const onSubmit = form.handleSubmit(
    (values) =>
      startTransition(async () => {
        setFormError(undefined);
        const result = await signInAction(values).catch(() => ({
          ok: false as const,
          formError: "The server could not be reached. Try again.",
        }));
        if (result && !result.ok) {
          setFormError(result.formError);
          setAttempt((n) => n + 1);
        }
      }),
    () => setAttempt((n) => n + 1),
  );

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
