/**
 * How a level is said in words, so the summary page, the copied text and the CLI never show a
 * bare "Low" for a domain or an overall level that rests on partial answers. Works on summaries
 * stored before ruleset 2.0.0 too (no "partly-assessed" status, no overallIncomplete flag).
 */
import type { AssessmentSummary, DomainResult, RiskLevel } from "./types";

const word: Record<RiskLevel, string> = { low: "Low", moderate: "Moderate", high: "High" };

/** The unanswered items as one phrase: "DSM-5 criteria not asked; Seizures not known". */
function notAsked(d: Pick<DomainResult, "missing" | "notAssessedReasons">): string {
  const items = d.missing?.length ? d.missing.map((m) => m.item) : d.notAssessedReasons;
  return items.join("; ");
}

/**
 * "High", "Low", "Low on what was asked; not asked: DSM-5 criteria not asked",
 * "At least moderate; not asked: …" or "Not assessed: …".
 */
export function domainLevelText(d: DomainResult): string {
  if (d.status === "not-assessed" || d.level === null) {
    return `Not assessed: ${notAsked(d)}. This is not the same as low risk.`;
  }
  if (d.status === "partly-assessed") {
    const level =
      d.level === "low" ? "Low on what was asked" : `At least ${word[d.level].toLowerCase()}`;
    return `${level}; not asked: ${notAsked(d)}`;
  }
  return word[d.level];
}

/** "High", "Low", or "At least low: some domains are partly or not assessed". */
export function overallLevelText(s: AssessmentSummary): string {
  const incomplete = s.overallIncomplete ?? s.domains.some((d) => d.status !== "assessed");
  if (!incomplete) return word[s.overall];
  const open = s.domains.filter((d) => d.status !== "assessed").length;
  const what = open === 1 ? "one domain is" : `${open} domains are`;
  return `At least ${s.overall}: ${what} partly or not assessed`;
}
