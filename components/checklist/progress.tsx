"use client";
import Link from "next/link";
import { useWatch } from "react-hook-form";
import { completedSteps } from "@/lib/checklist/check-answers";
import { REVIEW_SLUG, type StepKey, steps } from "@/lib/checklist/steps";
import { knownMedicine } from "./use-vocabulary";

/**
 * Which step this is and which are done; every step and the review are links. On a phone the
 * list is one row of numbers (the titles stay in each link's name), so the step's first
 * question starts within the first screen instead of below seven stacked buttons.
 */
export function Progress({ draftId, current }: { draftId: string; current: StepKey | "review" }) {
  const values = useWatch();
  const done = completedSteps(values, { knownMedicine: knownMedicine() });
  const items = [
    ...steps.map((s) => ({ key: s.key as string, slug: s.slug, title: s.title })),
    { key: "review", slug: REVIEW_SLUG, title: "Review and submit" },
  ];
  return (
    <nav aria-label="Checklist progress" className="no-print mb-6">
      <p className="text-sm text-slate-700">
        {done.size} of {steps.length} steps complete
      </p>
      <ol className="mt-2 grid grid-cols-7 gap-1">
        {items.map((item, index) => {
          const isCurrent = item.key === current;
          const isDone = done.has(item.key as StepKey);
          const status = isCurrent ? "current step" : isDone ? "complete" : "not complete";
          const style = isCurrent
            ? "border-blue-700 bg-blue-700 text-white"
            : isDone
              ? "border-green-700 bg-green-50 text-green-900"
              : "border-slate-300 bg-white text-slate-700";
          return (
            <li key={item.key}>
              <Link
                href={`/checklist/${draftId}/${item.slug}`}
                aria-current={isCurrent ? "step" : undefined}
                className={`block h-full rounded-md border px-2 py-1 text-center text-sm sm:text-left ${style}`}
              >
                <span className="font-semibold">
                  {index + 1}
                  <span className="sr-only sm:not-sr-only">.</span>
                </span>{" "}
                <span className="sr-only sm:not-sr-only">{item.title}</span>
                <span className="sr-only"> ({status})</span>
                {isDone && !isCurrent && <span aria-hidden="true"> ✓</span>}
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
