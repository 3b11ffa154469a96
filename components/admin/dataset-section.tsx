import type { Row } from "@/lib/aggregates/types";
import { CountBarChart } from "./bar-chart";
import { CountTable } from "./count-table";

/** One dataset: heading, chart, and the table that is its accessible and exact form. */
export function DatasetSection({
  id,
  title,
  caption,
  rows,
  threshold,
  categoryHeader,
}: {
  id: string;
  title: string;
  caption: string;
  rows: Row[];
  threshold: number;
  categoryHeader?: string;
}) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      <CountBarChart rows={rows} />
      <CountTable
        caption={caption}
        rows={rows}
        threshold={threshold}
        categoryHeader={categoryHeader}
      />
    </section>
  );
}
