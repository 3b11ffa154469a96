"use client";
import { ActionForm } from "@/components/ui/action-form";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { type ErasePatientInput, erasePatientSchema } from "@/lib/accounts/schemas";
import { erasePatientAction } from "@/lib/actions/user-actions";

const empty: ErasePatientInput = { patientReference: "", requestReference: "", confirm: false };

/** The admin types the patient reference as the clinicians typed it, and the request's number. */
export function ErasePatientForm() {
  const state = useActionForm({
    schema: erasePatientSchema,
    defaultValues: empty,
    action: erasePatientAction,
    onSuccess: (values, f, data) => {
      f.reset(empty);
      return data.erased === 0
        ? `No assessment in your clinic has that patient reference. Request ${values.requestReference} is recorded in the audit log.`
        : `${data.erased} assessment${data.erased === 1 ? "" : "s"} erased for request ${values.requestReference}. The clinic figures drop them at the next release.`;
    },
  });
  return (
    <ActionForm
      state={state}
      id="erase"
      title="Erase a patient's assessments"
      submitLabel="Erase assessments"
      pendingLabel="Erasing…"
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
      <CheckboxField
        name="confirm"
        label="The request is documented, and I understand the erased assessments cannot be recovered."
      />
    </ActionForm>
  );
}
