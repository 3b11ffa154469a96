"use client";
import { useRouter } from "next/navigation";
import { type ReactNode, useState } from "react";
import { useFormContext } from "react-hook-form";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { ErrorSummary, type SummaryError } from "@/components/ui/error-summary";
import { REVIEW_SLUG, type StepKey, stepIndex, steps } from "@/lib/checklist/steps";
import { flattenErrors } from "./flatten-errors";
import { Progress } from "./progress";
import { SaveStatus } from "./save-status";
import { useWizard } from "./wizard-provider";

/**
 * The frame of every step: progress, heading, error summary, the step's fields, then Back
 * and Continue. Continue validates this step only (its own zod schema), saves, and moves on;
 * Back saves without validating, so every answer is kept.
 */
export function StepForm({ stepKey, children }: { stepKey: StepKey; children: ReactNode }) {
  const router = useRouter();
  const form = useFormContext();
  const wizard = useWizard();
  const index = stepIndex(stepKey);
  const step = steps[index];
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const nextSlug = steps[index + 1]?.slug ?? REVIEW_SLUG;

  async function go(slug: string, reached?: number) {
    setBusy(true);
    const saved = await wizard.save(reached);
    setBusy(false);
    if (saved) router.push(`/checklist/${wizard.draftId}/${slug}`);
    else setAttempt((n) => n + 1);
  }

  const onContinue = form.handleSubmit(
    () => {
      setErrors([]);
      return go(nextSlug, index + 1);
    },
    (fieldErrors) => {
      setErrors(flattenErrors(fieldErrors));
      setAttempt((n) => n + 1);
    },
  );

  return (
    <>
      <Progress draftId={wizard.draftId} current={stepKey} />
      <form
        noValidate
        onSubmit={(event) => {
          wizard.selectSchema(z.object({ [stepKey]: step.schema }));
          return onContinue(event);
        }}
        aria-labelledby="step-title"
      >
        <p className="text-sm font-medium text-slate-700">
          Step {index + 1} of {steps.length}
        </p>
        <h1 id="step-title" className="text-2xl font-bold">
          {step.title}
        </h1>
        <p className="mb-4 text-slate-700">{step.description}</p>
        <ErrorSummary
          errors={errors}
          formError={wizard.saveState === "error" ? wizard.saveError : undefined}
          focusKey={attempt}
        />
        {children}
        <div className="mt-8 flex flex-wrap items-center gap-3">
          {index > 0 && (
            <Button variant="secondary" disabled={busy} onClick={() => go(steps[index - 1].slug)}>
              Back
            </Button>
          )}
          <Button type="submit" disabled={busy}>
            {index === steps.length - 1 ? "Continue to review" : "Save and continue"}
          </Button>
          <SaveStatus />
        </div>
      </form>
    </>
  );
}
