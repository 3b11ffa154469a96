"use client";
import { useRouter } from "next/navigation";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import {
  type RegisterIdentityProviderInput,
  registerIdentityProviderSchema,
} from "@/lib/accounts/ehr-schemas";
import { registerIdentityProviderAction } from "@/lib/actions/ehr-admin-actions";

const empty: RegisterIdentityProviderInput = {
  name: "",
  issuer: "",
  clientId: "",
  clientSecret: "",
  emailDomain: "",
};

/** The clinic's OpenID Connect provider (Entra ID, Okta, Google Workspace, Keycloak…) for sign-in. */
export function RegisterIdentityProviderForm() {
  const router = useRouter();
  const state = useActionForm({
    schema: registerIdentityProviderSchema,
    defaultValues: empty,
    action: registerIdentityProviderAction,
    onSuccess: (values, f) => {
      f.reset(empty);
      router.refresh();
      return `Clinicians with @${values.emailDomain} addresses can now sign in through ${values.name}.`;
    },
  });
  return (
    <ActionForm
      state={state}
      id="register-idp"
      title="Sign-in with your organisation's accounts"
      submitLabel="Save provider"
      pendingLabel="Saving…"
    >
      <TextField name="name" label="Name" maxLength={120} autoComplete="off" />
      <TextField
        name="issuer"
        label="Issuer URL"
        hint="The provider's OpenID Connect issuer, e.g. https://login.microsoftonline.com/<tenant>/v2.0"
        maxLength={500}
        autoComplete="off"
      />
      <TextField name="clientId" label="Client id" maxLength={200} autoComplete="off" />
      <TextField
        name="clientSecret"
        label="Client secret (optional)"
        hint="Stored encrypted; never shown again."
        type="password"
        autoComplete="off"
        maxLength={500}
      />
      <TextField
        name="emailDomain"
        label="Email domain"
        hint="Sign-in starts from the work email; only addresses in this domain, of accounts of your clinic, are let in."
        maxLength={253}
        autoComplete="off"
      />
    </ActionForm>
  );
}
