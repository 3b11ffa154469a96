import Link from "next/link";
import { citationHref, sectionById, strengthLabel } from "@/lib/evidence";
import type { Finding } from "@/lib/risk/types";
import { levelBadgeClass, levelLabel } from "./level";

/** One finding with everything a clinician needs to check its basis (FDA CDS criterion 4). */
export function FindingCard({ finding }: { finding: Finding }) {
  return (
    <article
      aria-labelledby={`f-${finding.id}`}
      className="rounded-md border border-slate-300 bg-white p-4 break-inside-avoid"
    >
      <div className="flex flex-wrap items-center gap-2">
        <span className={levelBadgeClass(finding.severity)}>{levelLabel(finding.severity)}</span>
        <h4 id={`f-${finding.id}`} className="text-lg font-semibold">
          {finding.title}
        </h4>
      </div>
      <p className="mt-2">{finding.why}</p>
      <h5 className="mt-3 font-semibold">Triggered by</h5>
      <ul className="list-disc pl-5">
        {finding.triggeredBy.map((t) => (
          <li key={`${t.path}-${t.answer}`}>
            {t.question}
            {t.question.endsWith("?") ? " " : ": "}
            <strong>{t.answer}</strong>
          </li>
        ))}
      </ul>
      {finding.considerations.length > 0 && (
        <>
          <h5 className="mt-3 font-semibold">For the clinician to consider</h5>
          <ul className="list-disc pl-5">
            {finding.considerations.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </>
      )}
      <p className="mt-3 text-sm">
        <span className="font-semibold">Evidence:</span> {strengthLabel(finding.strength)}.{" "}
        {finding.citations.map((c, i) => {
          const section = sectionById(c.section);
          const part = section?.parts.find((p) => p.anchor === c.anchor);
          return (
            <span key={`${c.section}#${c.anchor}`}>
              {i > 0 && "; "}
              <Link href={citationHref(c)} className="text-blue-800 underline">
                {section?.title ?? c.section}
                {part ? ` — ${part.heading}` : ""}
              </Link>
            </span>
          );
        })}
      </p>
    </article>
  );
}
