import type { Metadata } from "next";
import { RegisterEhrForm } from "@/components/admin/ehr/register-ehr-form";
import { RegisterIdentityProviderForm } from "@/components/admin/ehr/register-identity-provider-form";
import { userPolicies, writeBackModes } from "@/lib/accounts/ehr-schemas";
import { requirePageUser } from "@/lib/auth/session";
import { listConnections } from "@/lib/dal/ehr-connections";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "EHR connection" };

const labelOf = (list: readonly { value: string; label: string }[], value: string) =>
  list.find((o) => o.value === value)?.label ?? value;

/** Admin → EHR: the addresses to give the EHR, the clinic's registered EHRs, and the form. */
export default async function EhrPage() {
  const admin = await requirePageUser("admin", "/admin/ehr");
  const connections = await listConnections(admin);
  const base = env().BETTER_AUTH_URL;
  return (
    <>
      <h1 className="text-2xl font-bold">EHR connection (SMART on FHIR)</h1>
      <p className="mt-1 text-slate-700">
        Register the app in your EHR with these addresses, then register the EHR here. Clinicians
        can then open the checklist from a patient's record, prefilled (docs/ehr-integration.md).
      </p>
      <dl className="mt-4 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Launch URL</dt>
        <dd className="break-all font-mono">{new URL("/launch", base).href}</dd>
        <dt className="font-semibold">Redirect URI</dt>
        <dd className="break-all font-mono">{new URL("/launch/callback", base).href}</dd>
        <dt className="font-semibold">Scopes</dt>
        <dd className="font-mono">
          launch openid fhirUser patient/Patient.rs patient/Medication.rs
          patient/MedicationRequest.rs patient/MedicationStatement.rs
          patient/QuestionnaireResponse.cu patient/DocumentReference.cu offline_access (v1
          “.read/.write” where the EHR supports only those; launch/patient for a standalone launch)
        </dd>
      </dl>
      <section aria-labelledby="ehr-list" className="mt-6">
        <h2 id="ehr-list" className="text-xl font-semibold">
          Registered EHRs
        </h2>
        {connections.length === 0 ? (
          <p className="mt-2">None yet: the checklist works by hand until one is registered.</p>
        ) : (
          <ul className="mt-2 space-y-3">
            {connections.map((c) => (
              <li key={c.id} className="rounded-md border border-slate-300 bg-white p-3">
                <strong>{c.name}</strong> — <span className="break-all font-mono">{c.issuer}</span>
                <br />
                Client id <span className="font-mono">{c.clientId}</span>, {c.authentication}.
                <br />
                {c.authentication === "private key (private_key_jwt)" && (
                  <>
                    JWKS URL to register in the EHR:{" "}
                    <span className="break-all font-mono">
                      {new URL(`/api/smart/jwks/${c.id}`, base).href}
                    </span>
                    <br />
                  </>
                )}
                {labelOf(writeBackModes, c.writeBack)}. {labelOf(userPolicies, c.userPolicy)}.
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="mt-10 max-w-xl">
        <RegisterEhrForm />
      </section>
      <section className="mt-10 max-w-xl">
        <p className="mb-2 text-slate-700">
          Redirect URI to register at your identity provider:{" "}
          <span className="break-all font-mono">{new URL("/sso/callback", base).href}</span> (scopes
          openid email profile). Password sign-in stays for everyone.
        </p>
        <RegisterIdentityProviderForm />
      </section>
    </>
  );
}
