import type { Metadata } from "next";
import { ActivityTable } from "@/components/admin/audit/activity-table";
import { AuditPagination } from "@/components/admin/audit/audit-pagination";
import { AuditTable } from "@/components/admin/audit/audit-table";
import { auditPageSchema } from "@/lib/accounts/schemas";
import { requirePageUser } from "@/lib/auth/session";
import { listAuditEvents } from "@/lib/dal/audit-log";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<{ page?: string | string[] }>;
}) {
  const admin = await requirePageUser("admin", "/admin/audit");
  const { page } = await searchParams;
  const log = await listAuditEvents(admin, auditPageSchema.parse(page));
  return (
    <>
      <h1 className="text-2xl font-bold">Audit log</h1>
      <p className="mt-1 text-slate-700">
        Every sign-in, assessment started, viewed or submitted, figures viewed or exported and
        account change in your clinic. It holds no health information and cannot be edited or
        deleted.
      </p>
      <ActivityTable rows={log.activity} />
      <h2 className="mt-8 text-xl font-semibold">Sign-ins, accounts and figures</h2>
      <p className="mt-1 text-sm text-slate-700">One line per event: {log.total} events.</p>
      <AuditTable rows={log.rows} />
      <AuditPagination page={log.page} pageCount={log.pageCount} />
    </>
  );
}
