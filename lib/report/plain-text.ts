/**
 * The summary as a short note for the patient's record, pasted as is: the level, the medicines
 * and PEG-3, every finding in one line (severity, what, the patient's medicine or answer; the
 * key ones with their considerations), what was not asked, the versions and one absolute link
 * back to the full summary (where the answers and the evidence are). No line is ever cut short.
 * The page, the copy button and `npm run assess -- --text` all build it here.
 */
import { type AssessmentSummary, domains } from "@/lib/risk/types";
import { safeTimeZone } from "./local-time";
import { type NoteAnswers, noteAnswerLines } from "./note-answers";
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
  /** The stored answers, for the medicines and PEG-3 lines; summaries alone have neither. */
  answers?: NoteAnswers;
}

// Re-exported for the callers that build the note; it lives in the leaf module local-time.ts so
// the browser's time-zone cookie does not pull the note (and through it the medicine vocabulary).
export { safeTimeZone };

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
  const kratom = kratomUse(input.frequency ?? input.answers?.usePattern?.frequency);
  const out: string[] = [];
  out.push(`Kratom risk checklist, ${localDateTime(input.at, input.timeZone)}`);
  out.push(`Overall level: ${overallText(summary)}`);
  if (input.answers) out.push(...noteAnswerLines(input.answers));
  if (ordered.length > 0) {
    out.push(`Findings (${ordered.length}), most severe first:`);
    for (const f of ordered) {
      // Every finding in full: the line never drops an answer for "…" (issue 17 §3).
      out.push(
        `- ${severityLabel(f.severity)}: ${findingLine(f, kratom, Number.POSITIVE_INFINITY)}`,
      );
      const own = key.includes(f) ? (considerations.get(f.id) ?? []) : [];
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
  out.push(`Ruleset ${summary.rulesetVersion}, evidence ${summary.evidenceVersion}.`);
  if (input.link) out.push(`Full summary with reasons and evidence: ${input.link}`);
  out.push("Decision support: considerations for the clinician to weigh, not instructions.");
  return `${out.join("\n")}\n`;
}

const domainLabel = (d: string) => domains[d as keyof typeof domains] ?? d;
