"use client";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { describedBy, FieldError } from "@/components/ui/field-error";
import { fieldId } from "@/components/ui/field-id";
import { unreachable } from "@/components/ui/unreachable";
import { signInAction } from "@/lib/actions/auth-actions";
import type { FieldErrors } from "@/lib/actions/result";

/**
 * Two fields and one action, so no form library and no client-side zod: the sign-in page is
 * the first page of every visit and ships only React (docs/scaling.md, first-load JavaScript).
 * The action's schema (lib/auth/sign-in-schema.ts) is the one check; its field errors come
 * back as values and land on the fields and in the error summary, as on every other form.
 */
export function SignInForm({ next }: { next?: string }) {
  const [pending, startTransition] = useTransition();
  const [formError, setFormError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const errors = Object.entries(fieldErrors).map(([name, messages]) => ({
    name,
    message: messages[0] ?? "",
  }));

  return (
    <form
      noValidate
      aria-label="Sign in"
      className="mt-6 space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const input = {
          email: String(data.get("email") ?? ""),
          password: String(data.get("password") ?? ""),
          ...(next ? { next } : {}),
        };
        startTransition(async () => {
          // On success the action redirects, so only failures come back here.
          const result = await signInAction(input).catch(() => unreachable);
          if (!result || result.ok) return;
          setFormError(result.formError);
          setFieldErrors(("fieldErrors" in result && result.fieldErrors) || {});
          setAttempt((n) => n + 1);
        });
      }}
    >
      <ErrorSummary errors={errors} formError={formError} focusKey={attempt} />
      <Field
        name="email"
        label="Email"
        type="email"
        autoComplete="username"
        maxLength={254}
        message={fieldErrors.email?.[0]}
      />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        maxLength={128}
        message={fieldErrors.password?.[0]}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}

function Field(props: {
  name: string;
  label: string;
  type: "email" | "password";
  autoComplete: string;
  maxLength: number;
  message?: string;
}) {
  const { name, label, message, ...input } = props;
  return (
    <div>
      <label htmlFor={fieldId(name)} className="block font-medium">
        {label}
      </label>
      <input
        id={fieldId(name)}
        name={name}
        {...input}
        className={`mt-1 block w-full rounded-md border bg-white px-3 py-2 text-base ${message ? "border-red-700" : "border-slate-500"}`}
        {...describedBy(name, Boolean(message))}
      />
      <FieldError name={name} message={message} />
    </div>
  );
}
