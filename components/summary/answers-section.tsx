import type { AssessmentAnswers } from "@/lib/checklist";
import { describeStep, steps } from "@/lib/checklist";
import { medicationById } from "@/lib/medications";

const medicationName = (id: string) => medicationById(id)?.generic ?? id;

/** The answers as recorded, collapsed: the findings above already quote the ones that matter. */
export function AnswersSection({ answers }: { answers: AssessmentAnswers }) {
  return (
    <details className="rounded-md border border-slate-300 bg-white">
      <summary className="cursor-pointer p-3 text-lg font-semibold">Answers as recorded</summary>
      <div className="grid gap-3 px-4 pb-4">
        {steps.map((step) => (
          <div key={step.key} className="break-inside-avoid">
            <h3 className="font-semibold">{step.title}</h3>
            <dl className="mt-1 grid gap-x-4 sm:grid-cols-[16rem_1fr]">
              {describeStep(
                step.key,
                answers[step.key] as Record<string, unknown>,
                medicationName,
              ).map((line) => (
                <div key={line.question} className="contents">
                  <dt className="font-medium text-slate-700">{line.question}</dt>
                  <dd className="break-words">{line.answer}</dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
      </div>
    </details>
  );
}
