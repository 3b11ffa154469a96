import Link from "next/link";
import { type DataColumn, DataTable } from "@/components/ui/data-table";
import type { ClinicUserDto } from "@/lib/dal/users";

const day = (d: Date) => d.toLocaleDateString("en-GB", { dateStyle: "medium", timeZone: "UTC" });

const columns: DataColumn<ClinicUserDto>[] = [
  {
    key: "name",
    header: "Name",
    cell: (u) => (
      <Link href={`/admin/users/${u.id}`} className="text-blue-800 underline">
        {u.name}
      </Link>
    ),
    cellClassName: () => "font-normal",
  },
  { key: "email", header: "Email", cell: (u) => u.email, cellClassName: () => "break-all" },
  { key: "status", header: "Status", cell: (u) => (u.active ? "Active" : "Deactivated") },
  { key: "created", header: "Created (UTC)", cell: (u) => day(u.createdAt) },
];

export function ClinicianTable({ users }: { users: ClinicUserDto[] }) {
  if (users.length === 0)
    return <p className="mt-2 text-slate-700">No clinician accounts in this clinic yet.</p>;
  return (
    <div className="mt-2">
      <DataTable
        caption="Clinician accounts of your clinic"
        captionHidden
        columns={columns}
        rows={users}
        rowKey={(u) => u.id}
        className="bg-white"
      />
    </div>
  );
}
