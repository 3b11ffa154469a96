import type { AuditRowDto } from "@/lib/dal/audit-log";
import { actionLabel } from "./audit-labels";

/**
 * Submissions show the day only: with the time to the second an admin could match one
 * clinician's submission to the moment the figures moved (issue 10 §0). Other events keep it.
 */
const when = (d: Date, action: string) =>
  d.toLocaleString("en-GB", {
    dateStyle: "medium",
    timeStyle: action === "assessment.submitted" ? undefined : "medium",
    timeZone: "UTC",
  });

/** Who, what, when, on which id, and the outcome. Nothing else is stored, so nothing else shows. */
export function AuditTable({ rows }: { rows: AuditRowDto[] }) {
  if (rows.length === 0) return <p className="mt-2 text-slate-700">No events recorded yet.</p>;
  return (
    <div className="mt-2 overflow-x-auto">
      <table className="w-full border-collapse bg-white text-left text-sm">
        <caption className="sr-only">Audit events of your clinic, newest first</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="p-2">
              When (UTC)
            </th>
            <th scope="col" className="p-2">
              Who
            </th>
            <th scope="col" className="p-2">
              What
            </th>
            <th scope="col" className="p-2">
              Target
            </th>
            <th scope="col" className="p-2">
              Outcome
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-slate-200 align-top">
              <td className="p-2 whitespace-nowrap">{when(r.at, r.action)}</td>
              <td className="p-2">
                {r.actor ? (
                  <>
                    {r.actor.name}
                    <span className="block break-all text-slate-700">{r.actor.email}</span>
                  </>
                ) : r.actorRole === "cli" ? (
                  <span className="text-slate-700">Command-line tool</span>
                ) : (
                  <span className="text-slate-700">Signed-out visitor or another clinic</span>
                )}
                {r.actorRole && r.actorRole !== "cli" && (
                  <span className="block text-slate-700">{r.actorRole}</span>
                )}
              </td>
              <td className="p-2">
                {actionLabel(r.action)}
                <span className="block font-mono text-xs text-slate-700">{r.action}</span>
              </td>
              <td className="p-2">
                {r.targetType ? (
                  <>
                    {r.targetType}
                    {r.targetId && (
                      <span className="block break-all font-mono text-xs text-slate-700">
                        {r.targetId}
                      </span>
                    )}
                  </>
                ) : (
                  "—"
                )}
              </td>
              <td className="p-2">{r.outcome}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
