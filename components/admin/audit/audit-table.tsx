import { type DataColumn, DataTable } from "@/components/ui/data-table";
import type { AuditRowDto } from "@/lib/dal/audit-log";
import { actionLabel } from "./audit-labels";

/** Clinical activity never reaches this table (it is counted per day: activity-table.tsx). */
const when = (d: Date) =>
  d.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

const top = () => "align-top";

function Who({ row: r }: { row: AuditRowDto }) {
  return (
    <>
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
    </>
  );
}

const columns: DataColumn<AuditRowDto>[] = [
  {
    key: "when",
    header: "When (UTC)",
    cell: (r) => when(r.at),
    cellClassName: () => "align-top font-normal whitespace-nowrap",
  },
  { key: "who", header: "Who", cell: (r) => <Who row={r} />, cellClassName: top },
  {
    key: "what",
    header: "What",
    cell: (r) => (
      <>
        {actionLabel(r.action)}
        <span className="block font-mono text-xs text-slate-700">{r.action}</span>
      </>
    ),
    cellClassName: top,
  },
  {
    key: "target",
    header: "Target",
    cell: (r) =>
      r.targetType ? (
        <>
          {r.targetType}
          {r.targetId && (
            <span className="block break-all font-mono text-xs text-slate-700">{r.targetId}</span>
          )}
        </>
      ) : (
        "—"
      ),
    cellClassName: top,
  },
  { key: "outcome", header: "Outcome", cell: (r) => r.outcome, cellClassName: top },
];

/** Who, what, when, on which id, and the outcome. Nothing else is stored, so nothing else shows. */
export function AuditTable({ rows }: { rows: AuditRowDto[] }) {
  if (rows.length === 0) return <p className="mt-2 text-slate-700">No events recorded yet.</p>;
  return (
    <div className="mt-2">
      <DataTable
        caption="Audit events of your clinic, newest first"
        captionHidden
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        className="bg-white text-sm"
      />
    </div>
  );
}
