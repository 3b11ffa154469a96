import { type DataColumn, DataTable } from "@/components/ui/data-table";
import { ACTIVITY_DAYS, type DailyActivityDto } from "@/lib/dal/audit-log";

const day = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", {
    dateStyle: "medium",
    timeZone: "UTC",
  });

const count = (action: keyof DailyActivityDto["counts"]): DataColumn<DailyActivityDto> => ({
  key: action,
  header: {
    "draft.created": "Started",
    "assessment.submitted": "Submitted",
    "assessment.viewed": "Viewed",
    "assessment.exported": "Exported",
  }[action],
  cell: (r) => r.counts[action],
  numeric: true,
});

const columns: DataColumn<DailyActivityDto>[] = [
  {
    key: "day",
    header: "Day (UTC)",
    cell: (r) => day(r.day),
    cellClassName: () => "align-top font-normal whitespace-nowrap",
  },
  {
    key: "who",
    header: "Clinician",
    cell: (r) =>
      r.actor ? (
        <>
          {r.actor.name}
          <span className="block break-all text-slate-700">{r.actor.email}</span>
        </>
      ) : (
        <span className="text-slate-700">Account no longer in your clinic</span>
      ),
  },
  count("draft.created"),
  count("assessment.submitted"),
  count("assessment.viewed"),
  count("assessment.exported"),
];

/**
 * Assessments started, submitted, viewed and exported, as counts per clinician per day: never
 * one line per assessment with its id and time (lib/dal/audit-log.ts says why).
 */
export function ActivityTable({ rows }: { rows: DailyActivityDto[] }) {
  return (
    <section aria-labelledby="activity-title" className="mt-6">
      <h2 id="activity-title" className="text-xl font-semibold">
        Assessments per clinician per day
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        The last {ACTIVITY_DAYS} days. Shown as daily counts, not one line per assessment, so the
        log cannot be lined up with a change in the clinic figures.
      </p>
      {rows.length === 0 ? (
        <p className="mt-2 text-slate-700">No assessments in this period.</p>
      ) : (
        <div className="mt-2">
          <DataTable
            caption="Assessments per clinician per day, newest day first"
            captionHidden
            columns={columns}
            rows={rows}
            rowKey={(r) => `${r.day}|${r.actor?.email ?? ""}`}
            className="bg-white text-sm"
          />
        </div>
      )}
    </section>
  );
}
