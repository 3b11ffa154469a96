import { citationHref, sectionById, strengthExplanations, strengthLabel } from "@/lib/evidence";
import type { EvidenceStrength } from "@/lib/evidence/types";
import { findingLine } from "@/lib/report/summary-parts";
import type { Finding } from "@/lib/risk/types";
import { findingAnchor, levelBadgeClass, levelLabel } from "./level";

/**
 * One finding with everything a clinician needs to check its basis (FDA CDS criterion 4),
 * collapsed to its title until opened. `considerations` are this finding's own, after the ones
 * an earlier (more severe) finding already listed were taken out.
 */
export function FindingCard({
  finding,
  considerations,
  open = false,
  kratom,
}: {
  finding: Finding;
  considerations: string[];
  open?: boolean;
  /** How the patient's kratom use reads beside a medicine ("daily kratom"). */
  kratom: string;
}) {
  // Stored findings may carry a tier from an older ruleset: then the label alone is shown.
  const note: string | undefined = strengthExplanations[finding.strength as EvidenceStrength];
  const titleId = `${findingAnchor(finding.id)}-title`;
  return (
    <article aria-labelledby={titleId} className="rounded-md border border-slate-300 bg-white">
      <details open={open}>
        <summary className="flex cursor-pointer flex-wrap items-center gap-2 p-3">
          <span className={levelBadgeClass(finding.severity)}>{levelLabel(finding.severity)}</span>
          <span id={titleId} className="font-semibold">
            {findingLine(finding, kratom)}
          </span>
        </summary>
        {/* The anchor sits inside the details: following a link to it opens the finding. */}
        <div id={findingAnchor(finding.id)} className="scroll-mt-16 px-4 pb-4">
          <p>{finding.why}</p>
          <h4 className="mt-3 font-semibold">Triggered by</h4>
          <ul className="list-disc pl-5">
            {finding.triggeredBy.map((t) => (
              <li key={`${t.path}-${t.answer}`} className="break-words">
                {t.question}
                {t.question.endsWith("?") ? " " : ": "}
                <strong>{t.answer}</strong>
              </li>
            ))}
          </ul>
          {considerations.length > 0 && (
            <>
              <h4 className="mt-3 font-semibold">For the clinician to consider</h4>
              <ul className="list-disc pl-5">
                {considerations.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            </>
          )}
          <p className="mt-3 text-sm">
            <span className="font-semibold">Evidence:</span>{" "}
            {strengthLabel(finding.strength as EvidenceStrength) ?? finding.strength}.
            {note ? ` ${note}` : ""}{" "}
            {finding.citations.map((c, i) => {
              const section = sectionById(c.section);
              const part = section?.parts.find((p) => p.anchor === c.anchor);
              return (
                <span key={`${c.section}#${c.anchor}`}>
                  {i > 0 && "; "}
                  {/* A plain link, not next/link: a summary holds dozens of citations, and a
                      client Link each (rendered, hydrated, prefetched when scrolled into view)
                      cost every summary view more than the rare click on one saves. */}
                  <a href={citationHref(c)} className="text-blue-800 underline">
                    {section?.title ?? c.section}
                    {part ? ` — ${part.heading}` : ""}
                  </a>
                </span>
              );
            })}
          </p>
        </div>
      </details>
    </article>
  );
}
