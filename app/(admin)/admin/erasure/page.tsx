import type { Metadata } from "next";
import { ErasePatientForm } from "@/components/admin/erasure/erase-patient-form";
import { requirePageUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Erase a patient's assessments" };

export default async function ErasurePage() {
  await requirePageUser("admin", "/admin/erasure");
  return (
    <>
      <h1 className="text-2xl font-bold">Erasure requests</h1>
      <div className="mt-2 max-w-2xl space-y-2 text-slate-700">
        <p>
          When a patient asks for their data to be erased, and the request is documented under your
          clinic's procedure, this removes every submitted assessment of that patient made by any
          clinician of your clinic: the assessment, its findings and medication classes, and the
          draft it was submitted from.
        </p>
        <p>
          First you see how many assessments by how many clinicians match the reference; nothing is
          erased until you confirm. Each clinician types references their own way, so check with
          them that the reference names this patient for all of them.
        </p>
        <p>
          The audit log keeps that an erasure happened, by whom, when and for which request: never
          the patient reference. The clinic figures drop the erased assessments at the next release.
          Backups taken before the erasure still hold them until they expire (docs/operations.md).
        </p>
      </div>
      <section className="mt-6 max-w-md">
        <ErasePatientForm />
      </section>
    </>
  );
}
