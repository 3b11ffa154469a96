import {
  bySeverity,
  domainStatusText,
  severityRank,
  uniqueConsiderations,
} from "@/lib/report/summary-parts";
import { type AssessmentSummary, domains } from "@/lib/risk/types";
import { FindingCard } from "./finding-card";
import { domainAnchor, levelBadgeClass } from "./level";

/**
 * Every finding with its basis, grouped by domain and ordered by severity (the most severe
 * domain first, then the findings within it), each collapsed to one line until opened. A
 * consideration appears once, under the most severe finding that gives it.
 */
export function SummaryDetails({
  summary,
  kratom,
}: {
  summary: AssessmentSummary;
  kratom: string;
}) {
  const ordered = bySeverity(summary.findings);
  const considerations = uniqueConsiderations(ordered);
  const domainOrder = [...summary.domains].sort(
    (a, b) => severityRank(b.level ?? "info") - severityRank(a.level ?? "info"),
  );
  return (
    <div className="grid gap-4">
      {domainOrder.map((d) => {
        const findings = ordered.filter((f) => f.domain === d.domain);
        return (
          <section
            key={d.domain}
            id={domainAnchor(d.domain)}
            aria-labelledby={`${domainAnchor(d.domain)}-h`}
            className="scroll-mt-4"
          >
            <h3
              id={`${domainAnchor(d.domain)}-h`}
              className="flex flex-wrap items-center gap-2 text-lg font-semibold"
            >
              {domains[d.domain] ?? d.domain}
              <span className={levelBadgeClass(d.status === "not-assessed" ? null : d.level)}>
                {domainStatusText(d)}
              </span>
            </h3>
            {d.status !== "assessed" && (
              <p className="mt-1 text-slate-800">
                {d.status === "not-assessed" ? "Not assessed" : "Partly assessed"}: this is not the
                same as low risk.
              </p>
            )}
            {d.status === "assessed" && findings.length === 0 && (
              <p className="mt-1 text-slate-700">
                No finding in this domain from the answers given.
              </p>
            )}
            <div className="mt-2 grid gap-2">
              {findings.map((f) => (
                <FindingCard
                  key={f.id}
                  finding={f}
                  considerations={considerations.get(f.id) ?? []}
                  // The most severe finding starts open: its basis is one glance away.
                  open={f === ordered[0]}
                  kratom={kratom}
                />
              ))}
            </div>
          </section>
        );
      })}
      <p className="text-sm text-slate-700">
        <span className="font-semibold">How the overall level is set:</span> {summary.overallRule}
      </p>
    </div>
  );
}
