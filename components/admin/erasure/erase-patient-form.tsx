"use client";
import { useEffect, useState } from "react";
import { useWatch } from "react-hook-form";
import { ActionForm } from "@/components/ui/action-form";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { type ErasePatientInput, erasePatientSchema } from "@/lib/accounts/schemas";
import { erasePatientAction } from "@/lib/actions/user-actions";

const empty: ErasePatientInput = { patientReference: "", requestReference: "", confirm: false };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * Two steps through one action: the first submit counts what the typed reference matches
 * (assessments and clinicians, nothing else); the admin checks with those clinicians that the
 * reference names this patient for all of them, ticks the confirmation and submits again.
 */
export function ErasePatientForm() {
  const [found, setFound] = useState<{ reference: string; count: number }>();
  const state = useActionForm({
    schema: erasePatientSchema,
    defaultValues: empty,
    action: erasePatientAction,
    onSuccess: (values, f, data) => {
      const { assessments, clinicians } = data.match;
      if (data.erased !== null) {
        f.reset(empty);
        setFound(undefined);
        return `${plural(data.erased, "assessment")} erased for request ${values.requestReference}. The clinic figures drop them at the next release.`;
      }
      setFound({ reference: values.patientReference.trim(), count: assessments });
      f.setValue("expected", assessments);
      f.setValue("confirm", false);
      if (assessments === 0)
        return "No assessment in your clinic has that patient reference. Nothing was erased.";
      return `${plural(assessments, "assessment")} by ${plural(clinicians, "clinician")} match this reference. Check with ${clinicians === 1 ? "that clinician" : "those clinicians"} that it names this patient for all of them, then tick the confirmation and erase.`;
    },
  });
  const confirmed = useWatch({ control: state.form.control, name: "confirm" });
  const reference = useWatch({ control: state.form.control, name: "patientReference" });
  // A count confirmed for one reference never carries over to another.
  const count = found && found.reference === (reference ?? "").trim() ? found.count : 0;
  const { setValue } = state.form;
  useEffect(() => {
    if (count === 0) {
      setValue("confirm", false);
      setValue("expected", undefined);
    }
  }, [count, setValue]);
  return (
    <ActionForm
      state={state}
      id="erase"
      title="Erase a patient's assessments"
      submitLabel={
        count > 0 && confirmed
          ? `Erase ${plural(count, "assessment")}`
          : "Find matching assessments"
      }
      pendingLabel="Working…"
    >
      <TextField
        name="patientReference"
        label="Patient reference"
        hint="Exactly as the clinicians typed it (case and spaces at the ends do not matter). It is not stored."
        autoComplete="off"
        maxLength={64}
      />
      <TextField
        name="requestReference"
        label="Request reference"
        hint="Your clinic's number for the documented request, e.g. ER-2026-014. It goes into the audit log: no names or patient details."
        autoComplete="off"
        maxLength={40}
      />
      {count > 0 ? (
        <CheckboxField
          name="confirm"
          label={`The request is documented, these ${plural(count, "assessment")} are this patient's, and I understand they cannot be recovered.`}
        />
      ) : null}
    </ActionForm>
  );
}
