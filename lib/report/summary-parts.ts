/**
 * The pieces the summary page and the copied note share: which findings come first, how a
 * finding reads in one line with the patient's own answers, how a domain's coverage reads, and
 * what was not asked. Pure, so the page, the note and `npm run assess -- --text` say the same.
 */
import {
  domainLevelText,
  missingOf,
  notAskedItems as notAskedInDomains,
  overallLevelText,
} from "@/lib/risk/level-text";
import {
  type AssessmentSummary,
  domains,
  type Finding,
  type FindingSeverity,
  type MissingItem,
} from "@/lib/risk/types";

const RANK: Record<string, number> = { high: 3, moderate: 2, low: 1, info: 0 };
export const severityRank = (s: FindingSeverity | string) => RANK[s] ?? 0;

const LABEL: Record<string, string> = {
  high: "High",
  moderate: "Moderate",
  low: "Low",
  info: "Information",
};
export const severityLabel = (s: string | null) => (s ? (LABEL[s] ?? s) : "Not assessed");

/** Most severe first; the rules' own order (the steps) breaks ties, so the order is stable. */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => severityRank(b.f.severity) - severityRank(a.f.severity) || a.i - b.i)
    .map(({ f }) => f);
}

/**
 * "What matters for this patient": the findings at the highest severity present (at most
 * `max`); when that is a single finding, the next severity fills up to three so one line is
 * not all there is. Information-only findings are never key findings.
 */
export function keyFindings(findings: readonly Finding[], max = 4): Finding[] {
  const ordered = bySeverity(findings).filter((f) => f.severity !== "info");
  const top = ordered[0];
  if (!top) return [];
  const key = ordered.filter((f) => f.severity === top.severity).slice(0, max);
  if (key.length > 1) return key;
  const nextRank = severityRank(ordered[1]?.severity ?? "info");
  return [
    ...key,
    ...ordered.filter((f) => severityRank(f.severity) === nextRank && nextRank > 0).slice(0, 2),
  ];
}

const MEDICINE_PATHS = new Set(["medications.medicationIds"]);
const TAKEN_WITH = /^Taken with kratom:\s*/i;
const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);

/** The answers worth repeating in a one-line finding: not "Yes"/"No", numbers with their question. */
function answerPhrases(finding: Finding): string[] {
  const out: string[] = [];
  for (const t of finding.triggeredBy) {
    if (MEDICINE_PATHS.has(t.path) || /^(yes|no)\b/i.test(t.answer)) continue;
    const phrase = /^\d+$/.test(t.answer)
      ? `${lowerFirst(t.question.replace(/\?$/, ""))}: ${t.answer}`
      : lowerFirst(t.answer);
    if (!out.includes(phrase)) out.push(phrase);
  }
  return out;
}

/**
 * One line naming the patient's own medicines and answers:
 * "tramadol + duloxetine + daily kratom: serotonergic medicines", "Daily use, three or more doses a
 * day (every day; doses on a day of use: 3)".
 */
export function findingLine(finding: Finding, kratom = "kratom", maxAnswers = 3): string {
  // A medicine trigger may describe the medicine after a colon ("tramadol: opioid agonist…"):
  // the line keeps the name only, the details keep the rest.
  const medicines = [
    ...new Set(
      finding.triggeredBy
        .filter((t) => MEDICINE_PATHS.has(t.path))
        .map((t) => t.answer.split(":")[0].trim()),
    ),
  ];
  const title = finding.title.replace(TAKEN_WITH, "");
  if (medicines.length > 0)
    // Only a combination reads "+ kratom"; a listed medicine or another cause reads on its own.
    return TAKEN_WITH.test(finding.title)
      ? `${medicines.join(" + ")} + ${kratom}: ${lowerFirst(title)}`
      : `${medicines.join(", ")}: ${lowerFirst(title)}`;
  const answers = answerPhrases(finding);
  if (answers.length === 0) return title;
  const shown = answers.slice(0, maxAnswers).join("; ");
  return `${title} (${shown}${answers.length > maxAnswers ? "; …" : ""})`;
}

const KRATOM_USE: Record<string, string> = {
  daily: "daily kratom",
  "4-6-days-week": "kratom 4–6 days a week",
  "1-3-days-week": "kratom 1–3 days a week",
  "less-than-weekly": "occasional kratom",
};

/** How the patient's kratom use reads beside a medicine: "tramadol + daily kratom". */
export const kratomUse = (frequency: string | undefined) =>
  (frequency && KRATOM_USE[frequency]) || "kratom";

/**
 * Each consideration once across the summary, in severity order: a finding lists only the
 * considerations no earlier finding already showed (the same advice from two rules reads once).
 */
export function uniqueConsiderations(ordered: readonly Finding[]): Map<string, string[]> {
  const seen = new Set<string>();
  const out = new Map<string, string[]>();
  for (const f of ordered) {
    const own: string[] = [];
    for (const c of f.considerations) {
      const key = c.trim().toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      own.push(c);
    }
    out.set(f.id, own);
  }
  return out;
}

export { missingOf };
/** A domain's level in words that never reassure falsely (lib/risk/level-text.ts). */
export const domainStatusText = domainLevelText;
/** The overall level; a floor when something was not asked (lib/risk/level-text.ts). */
export const overallText = overallLevelText;

/** "Not asked yet": every missing item with the name of its domain, in domain order. */
export function notAskedItems(summary: AssessmentSummary): (MissingItem & { domain: string })[] {
  return notAskedInDomains(summary).map((m) => ({
    ...m,
    domain: domains[m.domain as keyof typeof domains] ?? m.domain,
  }));
}
