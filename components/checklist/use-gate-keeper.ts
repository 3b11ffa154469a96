"use client";
import { useEffect } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { withCarriedCriteria } from "@/lib/checklist/carry-over";
import { clearedValue, gatedQuestions, isShown, valueAt } from "@/lib/checklist/gates";

// null (a radio group RHF mounted with nothing ticked) is not "no answer" to zod's optional():
// it must be cleared to undefined like anything else.
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Keeps the whole form consistent with the question table, whichever step is on screen:
 * a question whose gate closes is cleared (skin sites after "no new darkening", PEG-3 once
 * declined, pregnancy for a male patient), a question whose gate reopens is unanswered again
 * rather than left with the value it was cleared to, and the DSM-5 criteria carry tolerance,
 * withdrawal and cutting down exactly as their earlier answers say.
 */
export function useGateKeeper(form: UseFormReturn<FieldValues>) {
  useEffect(() => {
    const open = new Map<string, boolean>();
    const sync = (values: unknown) => {
      for (const q of gatedQuestions) {
        const shown = isShown(q, values);
        const was = open.get(q.path);
        open.set(q.path, shown);
        const current = valueAt(values, q.path);
        const cleared = clearedValue(q);
        if (!shown && !same(current, cleared)) form.setValue(q.path, cleared);
        // Reopened: a stored "not applicable" was ours, not the clinician's answer.
        else if (shown && was === false && typeof cleared === "string" && current === cleared)
          form.setValue(q.path, undefined);
      }
      if (valueAt(values, "dependence.criteriaAsked") === "asked") {
        const criteria = (valueAt(values, "dependence.criteria") as string[] | undefined) ?? [];
        const next = withCarriedCriteria(values, criteria);
        if (!same([...next].sort(), [...criteria].sort()))
          form.setValue("dependence.criteria", next);
      }
    };
    sync(form.getValues());
    // After the change has reached every subscriber: a setValue inside the notification would
    // be overtaken by the rest of it, leaving later subscribers (the DSM-5 count) one step behind.
    let active = true;
    const subscription = form.watch(() =>
      queueMicrotask(() => {
        if (active) sync(form.getValues());
      }),
    );
    return () => {
      active = false;
      subscription.unsubscribe();
    };
  }, [form]);
}
