/**
 * The summary as a short note for the patient's record, pasted as is: the level, what matters
 * for this patient with their own medicines, what was not asked, one line of considerations per
 * key finding, the versions and one absolute link back to the full summary (where the answers,
 * every finding and the evidence are). The page, the copy button and `npm run assess -- --text`
 * all build it here.
 */
import { type AssessmentSummary, domains } from "@/lib/risk/types";
import {
  bySeverity,
  domainStatusText,
  findingLine,
  keyFindings,
  kratomUse,
  notAskedItems,
  overallText,
  severityLabel,
  uniqueConsiderations,
} from "./summary-parts";

export interface NoteInput {
  summary: AssessmentSummary;
  /** When the assessment was made (submitted, or run for the CLI). */
  at: Date;
  /** IANA time zone of the reader, e.g. "Europe/London"; anything unknown falls back to UTC. */
  timeZone?: string;
  /** Absolute address of the full summary; omitted when there is none (the CLI). */
  link?: string;
  /** How often kratom is used (the answer's code), so a medicine line reads "+ daily kratom". */
  frequency?: string;
}

/** A time zone Intl knows, or UTC: a bad value from a browser never breaks the note. */
export function safeTimeZone(tz: string | undefined): string {
  if (!tz) return "UTC";
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: tz });
    return tz;
  } catch {
    return "UTC";
  }
}

export function localDateTime(at: Date, timeZone?: string): string {
  const tz = safeTimeZone(timeZone);
  const text = new Intl.DateTimeFormat("en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: tz,
  }).format(at);
  return `${text} (${tz})`;
}

const MAX_CONSIDERATIONS_PER_LINE = 2;

export function summaryToText(input: NoteInput): string {
  const { summary } = input;
  const ordered = bySeverity(summary.findings);
  const key = keyFindings(summary.findings);
  const considerations = uniqueConsiderations(ordered);
  const out: string[] = [];
  out.push(`Kratom risk checklist, ${localDateTime(input.at, input.timeZone)}`);
  out.push(`Overall level: ${overallText(summary)}`);
  if (key.length > 0) {
    out.push("What matters for this patient:");
    for (const f of key) {
      out.push(`- ${severityLabel(f.severity)}: ${findingLine(f, kratomUse(input.frequency))}`);
      const own = considerations.get(f.id) ?? [];
      // Considerations are already phrased as options ("Consider…"): no label in front of them.
      if (own.length > 0) out.push(`  ${own.slice(0, MAX_CONSIDERATIONS_PER_LINE).join(" ")}`);
    }
  } else {
    out.push("No finding from the answers given.");
  }
  const missing = notAskedItems(summary);
  if (missing.length > 0) {
    out.push("Not asked yet:");
    for (const m of missing) out.push(`- ${m.item}${m.ask ? `: ${m.ask}` : ""}`);
  }
  out.push("Domains:");
  for (const d of summary.domains) out.push(`- ${domainLabel(d.domain)}: ${domainStatusText(d)}`);
  const rest = ordered.filter((f) => !key.includes(f));
  if (rest.length > 0) out.push(`Other findings (${rest.length}): ${countBySeverity(rest)}.`);
  out.push(`Ruleset ${summary.rulesetVersion}, evidence ${summary.evidenceVersion}.`);
  if (input.link) out.push(`Full summary with reasons and evidence: ${input.link}`);
  out.push("Decision support: considerations for the clinician to weigh, not instructions.");
  return `${out.join("\n")}\n`;
}

const domainLabel = (d: string) => domains[d as keyof typeof domains] ?? d;

function countBySeverity(findings: readonly { severity: string }[]): string {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
  return [...counts].map(([s, n]) => `${n} ${severityLabel(s).toLowerCase()}`).join(", ");
}
