"use client";
import { useRouter } from "next/navigation";
import { ActionForm } from "@/components/ui/action-form";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import {
  type RegisterEhrInput,
  registerEhrSchema,
  userPolicies,
  writeBackModes,
} from "@/lib/accounts/ehr-schemas";
import { registerEhrAction } from "@/lib/actions/ehr-admin-actions";

const empty: RegisterEhrInput = {
  name: "",
  issuer: "",
  clientId: "",
  clientSecret: "",
  privateKeyPem: "",
  writeBack: "on-submit",
  userPolicy: "link-by-email",
};

/** Registers an EHR for the admin's own clinic (the server takes the clinic from the session). */
export function RegisterEhrForm() {
  const router = useRouter();
  const state = useActionForm({
    schema: registerEhrSchema,
    defaultValues: empty,
    action: registerEhrAction,
    onSuccess: (values, f) => {
      f.reset(empty);
      router.refresh();
      return `${values.name} is registered. Give the EHR the launch URL and redirect URI above.`;
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
      <TextField name="name" label="Name" maxLength={120} autoComplete="off" />
      <TextField
        name="issuer"
        label="FHIR base URL (the EHR's “iss”)"
        hint="The address the EHR sends as iss, e.g. https://fhir.example-ehr.com/r4"
        maxLength={500}
        autoComplete="off"
      />
      <TextField
        name="clientId"
        label="Client id"
        hint="Given by the EHR when the app was registered there."
        maxLength={200}
        autoComplete="off"
      />
      <TextField
        name="clientSecret"
        label="Client secret (optional)"
        hint="For a confidential client with a shared secret. Stored encrypted; never shown again."
        type="password"
        autoComplete="off"
        maxLength={500}
      />
      <TextField
        name="privateKeyPem"
        label="Private key for private_key_jwt (optional)"
        hint="PKCS#8 PEM, RSA (RS384) or EC P-384 (ES384). Stored encrypted; the EHR fetches its public key from the JWKS URL shown above once registered."
        multiline
        maxLength={8000}
      />
      <ChoiceGroup
        name="writeBack"
        legend="Writing assessments back to the EHR"
        type="radio"
        options={writeBackModes}
      />
      <ChoiceGroup
        name="userPolicy"
        legend="EHR users at their first launch"
        type="radio"
        options={userPolicies}
      />
    </ActionForm>
  );
}
