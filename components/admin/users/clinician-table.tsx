import Link from "next/link";
import type { ClinicUserDto } from "@/lib/dal/users";

const day = (d: Date) => d.toLocaleDateString("en-GB", { dateStyle: "medium", timeZone: "UTC" });

export function ClinicianTable({ users }: { users: ClinicUserDto[] }) {
  if (users.length === 0)
    return <p className="mt-2 text-slate-700">No clinician accounts in this clinic yet.</p>;
  return (
    <table className="mt-2 w-full border-collapse bg-white text-left">
      <caption className="sr-only">Clinician accounts of your clinic</caption>
      <thead>
        <tr className="border-b border-slate-300">
          <th scope="col" className="p-2">
            Name
          </th>
          <th scope="col" className="p-2">
            Email
          </th>
          <th scope="col" className="p-2">
            Status
          </th>
          <th scope="col" className="p-2">
            Created (UTC)
          </th>
        </tr>
      </thead>
      <tbody>
        {users.map((u) => (
          <tr key={u.id} className="border-b border-slate-200">
            <td className="p-2">
              <Link href={`/admin/users/${u.id}`} className="text-blue-800 underline">
                {u.name}
              </Link>
            </td>
            <td className="p-2 break-all">{u.email}</td>
            <td className="p-2">{u.active ? "Active" : "Deactivated"}</td>
            <td className="p-2">{day(u.createdAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
