import { EVIDENCE_VERSION } from "@/lib/evidence";
import {
  domainStatusText,
  findingLine,
  keyFindings,
  notAskedItems,
  overallText,
} from "@/lib/report/summary-parts";
import { type AssessmentSummary, domains } from "@/lib/risk/types";
import { domainAnchor, findingAnchor, levelBadgeClass, levelLabel } from "./level";

/**
 * The part of the summary read during the consultation, on one screen: the overall level, what
 * matters for this patient (one line each, with their own medicines and answers), what was not
 * asked yet, and every domain at a glance. Everything links down to its details.
 */
export function SummaryTop({ summary, kratom }: { summary: AssessmentSummary; kratom: string }) {
  const key = keyFindings(summary.findings);
  const missing = notAskedItems(summary);
  return (
    <div className="grid gap-3">
      <section
        aria-labelledby="overall-title"
        className="rounded-md border border-slate-300 bg-white p-3"
      >
        <h2 id="overall-title" className="text-lg">
          Overall level:{" "}
          <span className={levelBadgeClass(summary.overall)}>{overallText(summary)}</span>
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          Considerations for you to weigh with the patient, not instructions. Ruleset{" "}
          {summary.rulesetVersion} · evidence {summary.evidenceVersion}.
        </p>
        {summary.evidenceVersion !== EVIDENCE_VERSION && (
          <p className="mt-2 rounded border border-amber-700 bg-amber-50 p-2 text-sm">
            The evidence has been updated (now {EVIDENCE_VERSION}) since this summary was made. It
            is shown as it was on the day; the linked sections show the current text.
          </p>
        )}
      </section>
      <div className="grid gap-3 md:grid-cols-2">
        <div className="grid content-start gap-3">
          <section
            aria-labelledby="key-title"
            className="rounded-md border border-slate-300 bg-white p-3"
          >
            <h2 id="key-title" className="text-lg font-semibold">
              What matters for this patient
            </h2>
            {key.length === 0 ? (
              <p className="mt-1">No finding from the answers given.</p>
            ) : (
              <ul className="mt-1 grid gap-1">
                {key.map((f) => (
                  <li key={f.id} className="break-words">
                    <span className={levelBadgeClass(f.severity)}>{levelLabel(f.severity)}</span>{" "}
                    <a href={`#${findingAnchor(f.id)}`} className="text-blue-800 underline">
                      {findingLine(f, kratom)}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </section>
          {missing.length > 0 && (
            <section
              aria-labelledby="missing-title"
              className="rounded-md border border-amber-700 bg-amber-50 p-3"
            >
              <h2 id="missing-title" className="text-lg font-semibold">
                Not asked yet
              </h2>
              <ul className="mt-1 grid gap-1 text-sm">
                {missing.map((m) => (
                  <li key={`${m.path}-${m.item}`}>
                    <span className="font-medium">{m.item}</span>
                    {m.ask ? ` — ${m.ask}` : ""}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
        <nav
          aria-labelledby="glance-title"
          className="rounded-md border border-slate-300 bg-white p-3"
        >
          <h2 id="glance-title" className="text-lg font-semibold">
            Domains at a glance
          </h2>
          <ul className="mt-1 grid gap-1 text-sm">
            {summary.domains.map((d) => (
              <li key={d.domain}>
                <a href={`#${domainAnchor(d.domain)}`} className="text-blue-800 underline">
                  {domains[d.domain] ?? d.domain}
                </a>
                : <span className="font-medium">{domainStatusText(d)}</span>
                {countLabel(summary.findings.filter((f) => f.domain === d.domain).length)}
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </div>
  );
}

const countLabel = (n: number) => (n === 0 ? "" : ` · ${n} finding${n === 1 ? "" : "s"}`);
