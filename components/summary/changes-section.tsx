import { type DataColumn, DataTable } from "@/components/ui/data-table";
import type { ChangeRow, Changes } from "@/lib/report/changes";
import { findingAnchor, levelBadgeClass, levelLabel } from "./level";

const day = (d: Date) => d.toLocaleDateString("en-GB", { dateStyle: "medium", timeZone: "UTC" });
const when = (d: Date) =>
  `${d.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC`;

/**
 * This assessment beside the clinician's previous one of the same patient: one line saying how
 * much changed, opening to the answers before and after and the findings that came or went.
 */
export function ChangesSection({ changes }: { changes: Changes }) {
  const changed = changes.rows.filter((r) => r.changed).length;
  const { newFindings, resolvedFindings } = changes;
  return (
    <details id="changes" className="rounded-md border border-blue-800 bg-blue-50">
      <summary className="cursor-pointer p-3">
        <span className="text-lg font-semibold">What changed since {day(changes.previousAt)}</span>{" "}
        <span className="text-slate-800">
          · {changed} answer{changed === 1 ? "" : "s"} changed · {newFindings.length} new,{" "}
          {resolvedFindings.length} resolved finding{resolvedFindings.length === 1 ? "" : "s"}
        </span>
      </summary>
      <div className="grid gap-3 bg-white px-4 pt-2 pb-4">
        <DataTable
          caption={`Answers on ${when(changes.previousAt)} and on ${when(changes.currentAt)}`}
          captionHidden
          compact
          columns={answerColumns(changes)}
          rows={changes.rows}
          rowKey={(r) => r.label}
        />
        <FindingList title="New findings" findings={newFindings} link />
        <FindingList title="Resolved since then" findings={resolvedFindings} />
      </div>
    </details>
  );
}

/** Item, then and now; a changed answer is marked in words as well as in bold. */
function answerColumns(changes: Changes): DataColumn<ChangeRow>[] {
  return [
    { key: "item", header: "Item", cell: (r) => r.label, cellClassName: () => "font-medium" },
    { key: "then", header: `Then: ${when(changes.previousAt)}`, cell: (r) => r.before },
    {
      key: "now",
      header: `Now: ${when(changes.currentAt)}`,
      cell: (r) => `${r.after}${r.changed ? " (changed)" : ""}`,
      cellClassName: (r) => (r.changed ? "font-semibold" : ""),
    },
  ];
}

function FindingList({
  title,
  findings,
  link = false,
}: {
  title: string;
  findings: Changes["newFindings"];
  link?: boolean;
}) {
  return (
    <div>
      <h3 className="font-semibold">{title}</h3>
      {findings.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul className="grid gap-1">
          {findings.map((f) => (
            <li key={f.id}>
              <span className={levelBadgeClass(f.severity)}>{levelLabel(f.severity)}</span>{" "}
              {link ? (
                <a href={`#${findingAnchor(f.id)}`} className="text-blue-800 underline">
                  {f.title}
                </a>
              ) : (
                f.title
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
