"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import type { ReactNode } from "react";
import { CountTable } from "./count-table";
import type { RowsQueryOptions } from "./queries";

// Charts load after the page: recharts is most of the dashboard's JavaScript.
const CountBarChart = dynamic(() => import("./bar-chart").then((m) => m.CountBarChart), {
  ssr: false,
});

/** One dataset: heading, chart, and the table that is its accessible and exact form. */
export function DatasetSection({
  id,
  title,
  caption,
  note,
  query,
  categoryHeader,
}: {
  id: string;
  title: string;
  caption: string;
  note?: ReactNode;
  query: RowsQueryOptions & { enabled?: boolean };
  categoryHeader?: string;
}) {
  const { data } = useQuery({ ...query, placeholderData: keepPreviousData });
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {note && <p className="mt-1 text-sm text-slate-700">{note}</p>}
      {data && (
        <>
          <CountBarChart rows={data.rows} />
          <CountTable
            caption={caption}
            rows={data.rows}
            threshold={data.threshold}
            categoryHeader={categoryHeader}
          />
        </>
      )}
    </section>
  );
}
