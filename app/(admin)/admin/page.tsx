import type { Metadata } from "next";
import { AggregatesDashboard } from "@/components/admin/dashboard";
import { requirePageUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Clinic figures" };

/** The admin's start page: anonymised aggregates only, opening on the admin's own clinic. */
export default async function AdminPage() {
  const user = await requirePageUser("admin", "/admin");
  return (
    <>
      <h1 className="text-2xl font-bold">Clinic figures</h1>
      <p className="mt-2 max-w-3xl text-slate-700">
        Counts of submitted assessments only, never individual patients or clinicians. Any count
        from 1 to 10 shows as “&lt;11”; “suppressed” hides a figure that would let a small count be
        worked out. The figures refresh on their own every few seconds.
      </p>
      <AggregatesDashboard initialClinic={user.clinicId} />
    </>
  );
}
