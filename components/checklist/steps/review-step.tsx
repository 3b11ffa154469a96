"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary, type SummaryError } from "@/components/ui/error-summary";
import { submitAssessmentAction } from "@/lib/actions/submit-assessment";
import { describeStep } from "@/lib/checklist/describe";
import { steps } from "@/lib/checklist/steps";
import { useArrivalFocus } from "../arrival-focus";
import { flattenErrors } from "../flatten-errors";
import { Progress } from "../progress";
import { useVocabulary } from "../use-vocabulary";
import { useWizard } from "../wizard-provider";

/** Every answer with a link back to its step, then one submit that stores one assessment. */
export function ReviewStep() {
  const form = useFormContext();
  const wizard = useWizard();
  const router = useRouter();
  const values = useWatch();
  // Only to name the picked medicines (and check their ids before submit).
  const vocabulary = useVocabulary((values.medications?.medicationIds?.length ?? 0) > 0);
  const medicationName = (id: string) => vocabulary?.medicationById(id)?.generic ?? id;
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [formError, setFormError] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const [pending, startTransition] = useTransition();
  const heading = useRef<HTMLHeadingElement>(null);
  useArrivalFocus(heading);
  const reference = String(values.patient?.patientReference ?? "").trim();

  const stepOf = (name: string) =>
    steps.find((s) => name.startsWith(`${s.key}.`) || name === s.key);

  const onSubmit = form.handleSubmit(
    (answers) => {
      setErrors([]);
      setFormError(undefined);
      startTransition(async () => {
        await wizard.save(steps.length);
        // The action returns the stored id (no server-side redirect: docs/scaling.md).
        const result = await submitAssessmentAction({ draftId: wizard.draftId, answers }).catch(
          () => ({
            ok: false as const,
            formError:
              "The connection was lost before the server answered. Your answers are still here: submit again (it will not be stored twice).",
            fieldErrors: undefined,
          }),
        );
        if (result.ok) {
          // Before leaving: a Back to this page must find the draft submitted, not a blank form.
          wizard.submitted(result.data.assessmentId);
          router.push(`/assessments/${result.data.assessmentId}`);
          return;
        }
        setFormError(result.formError);
        const fieldErrors = Object.entries(result.fieldErrors ?? {}).map(([name, messages]) => ({
          name: name.replace(/^answers\./, ""),
          message: messages[0],
        }));
        setErrors(fieldErrors);
        setAttempt((n) => n + 1);
      });
    },
    (fieldErrors) => {
      setErrors(flattenErrors(fieldErrors));
      setAttempt((n) => n + 1);
    },
  );

  return (
    <>
      <Progress draftId={wizard.draftId} current="review" />
      <form
        noValidate
        aria-labelledby="review-title"
        onSubmit={(event) => {
          wizard.selectCheck("assessment");
          return onSubmit(event);
        }}
      >
        <h1 id="review-title" ref={heading} tabIndex={-1} className="text-2xl font-bold">
          Review and submit
        </h1>
        <p className="text-slate-700">
          Patient reference <strong className="break-all">{reference || "not entered yet"}</strong>
        </p>
        <p className="mb-4 text-slate-700">
          Check the answers, change any step, then submit to see the findings.
        </p>
        {errors.length > 0 ? (
          <div
            role="alert"
            tabIndex={-1}
            className="mb-6 rounded-md border-2 border-red-700 bg-white p-4"
            ref={(el) => {
              if (el && attempt) el.focus();
            }}
          >
            <h2 className="text-lg font-semibold text-red-800">Some answers need attention</h2>
            {formError && <p>{formError}</p>}
            <ul className="mt-2 list-disc pl-5">
              {errors.map((e) => {
                const step = stepOf(e.name);
                return (
                  <li key={e.name}>
                    <Link
                      className="text-red-800 underline"
                      href={`/checklist/${wizard.draftId}/${step?.slug ?? ""}`}
                    >
                      {step?.title}: {e.message}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </div>
        ) : (
          <ErrorSummary errors={[]} formError={formError} focusKey={attempt} />
        )}
        {steps.map((step) => (
          <section
            key={step.key}
            aria-labelledby={`review-${step.key}`}
            className="mb-4 rounded-md border border-slate-300 bg-white p-4"
          >
            <div className="flex items-baseline justify-between gap-4">
              <h2 id={`review-${step.key}`} className="text-lg font-semibold">
                {step.title}
              </h2>
              <Link
                href={`/checklist/${wizard.draftId}/${step.slug}`}
                className="text-blue-800 underline"
              >
                Change<span className="sr-only"> {step.title}</span>
              </Link>
            </div>
            <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[16rem_1fr]">
              {describeStep(step.key, values[step.key], medicationName, values).map((line) => (
                <div key={line.path} className="contents">
                  <dt className="font-medium text-slate-700">{line.question}</dt>
                  {/* Long free text wraps, however long its words. */}
                  <dd className="min-w-0 whitespace-pre-wrap [overflow-wrap:anywhere]">
                    {line.answer}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
        <div className="mt-6 flex items-center gap-3">
          <Button type="submit" disabled={pending} aria-describedby="submit-note">
            {pending ? "Submitting…" : "Submit assessment"}
          </Button>
          <p id="submit-note" role="status" className="text-sm text-slate-700">
            {pending ? "Submitting: computing findings…" : ""}
          </p>
        </div>
      </form>
    </>
  );
}
