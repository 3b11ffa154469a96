import type { Metadata } from "next";
import { CdsClientTable } from "@/components/admin/cds/cds-client-table";
import { RegisterCdsClientForm } from "@/components/admin/cds/register-cds-client-form";
import { requirePageUser } from "@/lib/auth/session";
import { listCdsClients } from "@/lib/dal/cds-clients";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Decision support" };

export default async function DecisionSupportPage() {
  const admin = await requirePageUser("admin", "/admin/decision-support");
  const clients = await listCdsClients(admin);
  const base = env().BETTER_AUTH_URL.replace(/\/+$/, "");
  return (
    <>
      <h1 className="text-2xl font-bold">Decision support in the EHR</h1>
      <p className="mt-1 max-w-3xl text-slate-700">
        EHRs registered here may call the kratom interaction check (CDS Hooks 2.0) when a medicine
        is ordered for one of your clinic’s patients. Give the EHR the discovery address{" "}
        <code className="break-all">{base}/cds-services</code>. Every request must carry a token
        signed with a key from the registered JWKS; anything else is refused.
      </p>
      <section aria-labelledby="clients-title" className="mt-6">
        <h2 id="clients-title" className="text-xl font-semibold">
          Registered EHRs
        </h2>
        <CdsClientTable clients={clients} />
      </section>
      <section className="mt-10 max-w-md">
        <RegisterCdsClientForm />
      </section>
    </>
  );
}
