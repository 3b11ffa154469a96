"use client";
import { useRouter } from "next/navigation";
import { type ReactNode, useRef, useState } from "react";
import { useFormContext, useFormState } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary, type SummaryError } from "@/components/ui/error-summary";
import { REVIEW_SLUG, type StepKey, stepIndex, steps } from "@/lib/checklist/steps";
import { focusHeadingOnArrival, useArrivalFocus } from "./arrival-focus";
import { flattenErrors } from "./flatten-errors";
import { Progress } from "./progress";
import { SaveStatus } from "./save-status";
import { SkipToFirstQuestion } from "./skip-to-first-question";
import { useWizard } from "./wizard-provider";

/**
 * The frame of every step: progress, heading, error summary, the step's fields, then Back
 * and Continue. Continue checks this step only (lib/checklist/check-answers.ts), saves, and moves on;
 * Back saves without validating, so every answer is kept. After a failed Continue the error
 * summary follows the form's live errors, so each line goes as its answer is fixed.
 */
export function StepForm({ stepKey, children }: { stepKey: StepKey; children: ReactNode }) {
  const router = useRouter();
  const form = useFormContext();
  const wizard = useWizard();
  const index = stepIndex(stepKey);
  const step = steps[index];
  const { errors: liveErrors } = useFormState();
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const fields = useRef<HTMLDivElement>(null);
  const nextSlug = steps[index + 1]?.slug ?? REVIEW_SLUG;
  // Only once Continue was pressed here: errors another step's check left are not this step's.
  const errors: SummaryError[] = attempt > 0 ? flattenErrors(liveErrors) : [];
  useArrivalFocus(heading);

  async function go(slug: string, reached?: number) {
    setBusy(true);
    const saved = await wizard.save(reached);
    setBusy(false);
    if (saved) {
      focusHeadingOnArrival();
      router.push(`/checklist/${wizard.draftId}/${slug}`);
    } else setAttempt((n) => n + 1);
  }

  const onContinue = form.handleSubmit(
    () => go(nextSlug, index + 1),
    () => setAttempt((n) => n + 1),
  );

  return (
    <>
      <SkipToFirstQuestion fields={fields} />
      <Progress draftId={wizard.draftId} current={stepKey} />
      <form
        noValidate
        onSubmit={(event) => {
          wizard.selectCheck(stepKey);
          return onContinue(event);
        }}
        aria-labelledby="step-title"
      >
        <p className="text-sm font-medium text-slate-700">
          Step {index + 1} of {steps.length}
        </p>
        <h1 id="step-title" ref={heading} tabIndex={-1} className="text-2xl font-bold">
          {step.title}
        </h1>
        <p className="mb-4 text-slate-700">{step.description}</p>
        <ErrorSummary
          errors={errors}
          formError={wizard.saveState === "error" ? wizard.saveError : undefined}
          focusKey={attempt}
        />
        <div ref={fields}>{children}</div>
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
