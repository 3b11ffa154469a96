"use client";
import { useRouter } from "next/navigation";
import { ActionForm } from "@/components/ui/action-form";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { registerCdsClientAction } from "@/lib/actions/cds-client-actions";
import {
  type RegisterCdsClientInput,
  registerCdsClientSchema,
} from "@/lib/cds-hooks/client-registration";

const empty: RegisterCdsClientInput = {
  name: "",
  issuer: "",
  jwksUrl: "",
  fhirServer: "",
  patientViewEnabled: false,
};

/** Registers an EHR as a CDS client of the admin's clinic (the clinic comes from the session). */
export function RegisterCdsClientForm() {
  const router = useRouter();
  const state = useActionForm({
    schema: registerCdsClientSchema,
    defaultValues: empty,
    action: registerCdsClientAction,
    onSuccess: (values, f) => {
      f.reset(empty);
      router.refresh();
      return `${values.name} is registered. Its signed requests are accepted from now on.`;
    },
  });
  return (
    <ActionForm
      state={state}
      id="register-ehr"
      title="Register an EHR"
      submitLabel="Register"
      pendingLabel="Registering…"
    >
      <TextField name="name" label="Name" autoComplete="off" maxLength={120} />
      <TextField
        name="issuer"
        label="Issuer (iss)"
        hint="Exactly as the EHR writes it in the tokens it signs."
        autoComplete="off"
        maxLength={255}
      />
      <TextField
        name="jwksUrl"
        label="JWKS address"
        hint="Where the EHR publishes its public keys (https)."
        autoComplete="off"
        maxLength={500}
      />
      <TextField
        name="fhirServer"
        label="FHIR server address (optional)"
        hint="Only used to fetch what the EHR did not send with a hook, with the access it grants. Leave empty to never fetch."
        autoComplete="off"
        maxLength={500}
      />
      <CheckboxField
        name="patientViewEnabled"
        label="Also answer patient-view (a reminder when the chart records kratom)"
      />
    </ActionForm>
  );
}
