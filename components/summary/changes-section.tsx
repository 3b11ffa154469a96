import { type DataColumn, DataTable } from "@/components/ui/data-table";
import { type ChangeRow, type Changes, medicineChangeText, sameDay } from "@/lib/report/changes";
import { dateTimeIn, dayIn, timeIn } from "@/lib/report/local-time";
import { findingAnchor, levelBadgeClass, levelLabel } from "./level";

/**
 * This assessment beside the clinician's previous one of the same patient: one line saying what
 * changed (medicines by name first, then how many answers), opening to every changed answer
 * before and after, the unchanged ones collapsed, and the findings that came or went.
 */
export function ChangesSection({ changes, timeZone }: { changes: Changes; timeZone: string }) {
  const { newFindings, resolvedFindings, changedCount, previousAt, currentAt } = changes;
  const medicines = medicineChangeText(changes);
  // Two assessments on one day: the date alone would not say which one is meant.
  const since = sameDay(previousAt, currentAt, timeZone)
    ? `${dayIn(previousAt, timeZone)}, ${timeIn(previousAt, timeZone)}`
    : dayIn(previousAt, timeZone);
  const changed = changes.rows.filter((r) => r.changed);
  const unchanged = changes.rows.filter((r) => !r.changed);
  const when = (d: Date) => dateTimeIn(d, timeZone);
  // Column headers stay short; the caption carries both full times.
  const short = (d: Date) =>
    sameDay(previousAt, currentAt, timeZone) ? timeIn(d, timeZone) : dayIn(d, timeZone);
  const columns = answerColumns(`Then, ${short(previousAt)}`, `Now, ${short(currentAt)}`);
  return (
    <details id="changes" className="rounded-md border border-blue-800 bg-blue-50">
      <summary className="cursor-pointer p-3">
        <span className="text-lg font-semibold">What changed since {since}</span>{" "}
        <span className="text-slate-800">
          {medicines && <>· {medicines} </>}· {changedCount} answer{changedCount === 1 ? "" : "s"}{" "}
          changed · {newFindings.length} new, {resolvedFindings.length} resolved finding
          {resolvedFindings.length === 1 ? "" : "s"}
        </span>
      </summary>
      <div className="grid gap-3 bg-white px-4 pt-2 pb-4">
        {changes.level.changed && (
          <p>
            Overall level: {changes.level.before} → <strong>{changes.level.after}</strong>
          </p>
        )}
        {changed.length === 0 ? (
          <p>No answer changed.</p>
        ) : (
          <DataTable
            caption={`Changed answers, on ${when(previousAt)} and on ${when(currentAt)}`}
            compact
            columns={columns}
            rows={changed}
            rowKey={(r) => r.path}
          />
        )}
        {unchanged.length > 0 && (
          <details>
            <summary className="cursor-pointer font-medium">
              Unchanged answers ({unchanged.length})
            </summary>
            <DataTable
              caption="Answers that are the same in both assessments"
              captionHidden
              compact
              columns={[columns[0], { ...columns[1], header: "Answer, both times" }]}
              rows={unchanged}
              rowKey={(r) => r.path}
            />
          </details>
        )}
        <FindingList title="New findings" findings={newFindings} link />
        <FindingList title="Resolved since then" findings={resolvedFindings} />
      </div>
    </details>
  );
}

/** Item, then and now (for unchanged rows, item and the answer both had). */
function answerColumns(then: string, now: string): DataColumn<ChangeRow>[] {
  return [
    { key: "item", header: "Item", cell: (r) => r.label, cellClassName: () => "font-medium" },
    {
      key: "then",
      header: then,
      cell: (r) => r.before,
      cellClassName: () => "break-words",
    },
    {
      key: "now",
      header: now,
      cell: (r) => r.after,
      cellClassName: () => "break-words font-semibold",
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
            <li key={f.id} className="break-words">
              <span className={levelBadgeClass(f.severity)}>{levelLabel(f.severity)}</span>{" "}
              {link ? (
                <a href={`#${findingAnchor(f.id)}`} className="text-blue-800 underline">
                  {f.line}
                </a>
              ) : (
                f.line
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
