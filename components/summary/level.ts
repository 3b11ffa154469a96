import { severityLabel } from "@/lib/report/summary-parts";

const styles: Record<string, string> = {
  high: "bg-red-100 text-red-900 border-red-700",
  moderate: "bg-amber-100 text-amber-950 border-amber-700",
  low: "bg-green-100 text-green-900 border-green-700",
  info: "bg-slate-100 text-slate-900 border-slate-500",
};

export const levelLabel = severityLabel;
export const levelBadgeClass = (level: string | null) =>
  `inline-block rounded border px-2 py-0.5 text-sm font-semibold ${styles[level ?? ""] ?? "bg-white text-slate-800 border-slate-500"}`;

/** The in-page anchors the summary links to; one definition so no link points nowhere. */
export const findingAnchor = (id: string) => `finding-${id}`;
export const domainAnchor = (domain: string) => `domain-${domain}`;
