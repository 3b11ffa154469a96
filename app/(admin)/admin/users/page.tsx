import type { Metadata } from "next";
import { ClinicianTable } from "@/components/admin/users/clinician-table";
import { CreateClinicianForm } from "@/components/admin/users/create-clinician-form";
import { requirePageUser } from "@/lib/auth/session";
import { listClinicians } from "@/lib/dal/users";

export const metadata: Metadata = { title: "Clinician accounts" };

export default async function UsersPage() {
  const admin = await requirePageUser("admin", "/admin/users");
  const users = await listClinicians(admin);
  return (
    <>
      <h1 className="text-2xl font-bold">Clinician accounts</h1>
      <p className="mt-1 text-slate-700">
        Accounts of your clinic. Deactivating an account signs the clinician out at once; their
        assessments are kept.
      </p>
      <section aria-labelledby="list-title" className="mt-6">
        <h2 id="list-title" className="text-xl font-semibold">
          Clinicians
        </h2>
        <ClinicianTable users={users} />
      </section>
      <section className="mt-10 max-w-md">
        <CreateClinicianForm />
      </section>
    </>
  );
}
