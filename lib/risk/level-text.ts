/**
 * How a level is said in words, so the summary page, the copied text and the CLI never show a
 * bare "Low" for a domain or an overall level that rests on partial answers. The one place that
 * words levels: lib/report (page, note) reads it. Works on summaries stored before ruleset 2.0.0
 * too (no "partly-assessed" status, no missing items, no overallIncomplete flag).
 */
import type { AssessmentSummary, DomainResult, MissingItem, RiskLevel } from "./types";

const word: Record<RiskLevel, string> = { low: "Low", moderate: "Moderate", high: "High" };

const NOT_ASKED = /\s+not asked$/i;
const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);

/** Missing items of a domain; a summary stored before they existed has only short reasons. */
export function missingOf(d: DomainResult): MissingItem[] {
  if (Array.isArray(d.missing) && d.missing.length > 0) return d.missing;
  if (d.status !== "assessed")
    return (d.notAssessedReasons ?? []).map((r) => ({ path: d.domain, item: r, ask: "" }));
  return [];
}

/** "DSM-5 criteria not asked" reads "not asked: DSM-5 criteria"; other items as they are. */
function gapPhrase(items: string[]): string {
  const notAsked = items
    .filter((m) => NOT_ASKED.test(m))
    .map((m) => lowerFirst(m.replace(NOT_ASKED, "")));
  const other = items.filter((m) => !NOT_ASKED.test(m));
  const parts = [...(notAsked.length ? [`not asked: ${notAsked.join(", ")}`] : []), ...other];
  return parts.map(lowerFirst).join(" · ") || "some items not asked";
}

/**
 * "High", "Low", "Low on what was asked · not asked: DSM-5 criteria",
 * "At least moderate · onset of the darkening not known" or "Not assessed: …".
 */
export function domainLevelText(d: DomainResult): string {
  const items = missingOf(d).map((m) => m.item);
  if (d.status === "not-assessed" || d.level === null) {
    return items.length
      ? `Not assessed: ${items.join("; ")}. This is not the same as low risk.`
      : "Not assessed. This is not the same as low risk.";
  }
  if (d.status === "partly-assessed") {
    // High cannot rise further: no "at least" in front of it.
    const level =
      d.level === "low"
        ? "Low on what was asked"
        : d.level === "high"
          ? "High"
          : `At least ${word[d.level].toLowerCase()}`;
    return `${level} · ${gapPhrase(items)}`;
  }
  return word[d.level];
}

/** Every item not asked yet, in domain order. */
export function notAskedItems(s: AssessmentSummary): (MissingItem & { domain: string })[] {
  return s.domains.flatMap((d) => missingOf(d).map((m) => ({ ...m, domain: d.domain })));
}

/** Free-text medicines are not asked but not checked: the note counts them apart. */
const NOT_CHECKED_PATH = "medications.otherMedicines";

const count = (n: number, one: string, many: string, what: string) =>
  `${n} ${n === 1 ? one : many} ${what}`;

/**
 * "High", "Low", or a level that may still rise in plain words: "Moderate so far — 1 question
 * not asked", "Low so far — 2 questions not asked, 1 item not checked". High is the top level,
 * so nothing unasked can raise it: it reads "High" (the not-asked list still follows).
 */
export function overallLevelText(s: AssessmentSummary): string {
  const incomplete = s.overallIncomplete ?? s.domains.some((d) => d.status !== "assessed");
  const level = word[s.overall];
  if (!incomplete || s.overall === "high") return level;
  const items = notAskedItems(s);
  const unchecked = items.filter((m) => m.path === NOT_CHECKED_PATH).length;
  const unasked = items.length - unchecked;
  const parts = [
    ...(unasked > 0 ? [count(unasked, "question", "questions", "not asked")] : []),
    ...(unchecked > 0 ? [count(unchecked, "item", "items", "not checked")] : []),
  ];
  return `${level} so far — ${parts.length ? parts.join(", ") : "not everything was assessed"}`;
}
