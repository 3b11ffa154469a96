import { CellText } from "@/components/admin/cell-text";
import { DataTable } from "@/components/ui/data-table";
import type { Cell } from "@/lib/aggregates/types";
import type { FeedbackFigures } from "@/lib/cds-hooks/feedback-figures";

/** What prescribers did with the service's cards, perturbed like every other figure (cell-key). */
export function CdsFeedbackFigure({
  figures,
  threshold,
}: {
  figures: FeedbackFigures;
  threshold: number;
}) {
  const outcomes: { key: string; label: string; cell: Cell }[] = [
    { key: "shown", label: "Cards shown", cell: figures.shown },
    { key: "accepted", label: "Accepted", cell: figures.accepted },
    { key: "overridden", label: "Overridden", cell: figures.overridden },
  ];
  const count = {
    key: "n",
    header: "Cards",
    numeric: true,
    cell: (r: { cell: Cell }) => <CellText cell={r.cell} threshold={threshold} />,
  };
  return (
    <section aria-labelledby="cds-figure-title" className="mt-10">
      <h2 id="cds-figure-title" className="text-xl font-semibold">
        Decision support at prescribing
      </h2>
      <p className="mt-1 max-w-3xl text-slate-700">
        Cards the kratom interaction check showed in the EHR, and what the prescriber did, by the
        latest answer per card. Each figure is slightly perturbed, so they need not add up; a figure
        from 1 to {threshold - 1} shows as “&lt;{threshold}”.
      </p>
      <div className="mt-4 grid gap-6 md:grid-cols-2">
        <DataTable
          caption="Cards and outcomes"
          rows={outcomes}
          rowKey={(r) => r.key}
          columns={[{ key: "what", header: "Outcome", cell: (r) => r.label }, count]}
        />
        <DataTable
          caption="Reasons given when overridden"
          rows={figures.reasons}
          rowKey={(r) => r.key}
          columns={[{ key: "what", header: "Reason", cell: (r) => r.label }, count]}
        />
      </div>
    </section>
  );
}
