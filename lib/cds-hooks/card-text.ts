/**
 * The words of an order card: the one-line summary (under 140 characters, naming the medicine
 * and the risk) and the Markdown detail (the why, the evidence strength, the cited sections,
 * the considerations). Neutral, no dosing advice: the texts come from the rules and evidence.
 */
import { labelOf, useFrequencies } from "@/lib/checklist/options";
import { citationHref, sectionById, strengthExplanation, strengthLabel } from "@/lib/evidence";
import type { Citation } from "@/lib/evidence/types";
import type { FindingSeverity } from "@/lib/risk/types";
import type { Basis, JudgedFinding, JudgedOrder } from "./judge";

/** The specification: "<140-character summary". */
export const SUMMARY_MAX = 139;

const levelWords: Record<FindingSeverity, string> = {
  high: "high risk",
  moderate: "moderate risk",
  low: "low risk",
  info: "note",
};

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const frequencyWords = (f: string) => labelOf(useFrequencies, f).toLowerCase();

/** How often kratom is used, as the basis knows it. */
export function frequencyPhrase(basis: Basis): string {
  const f =
    basis.kind === "assessment" ? basis.answers.usePattern.frequency : basis.signal.frequency;
  return f ? `used ${frequencyWords(f)}` : "how often unknown";
}

/** A finding's title without the "Taken with kratom:" lead the summary already says. */
const shortTitle = (title: string) => title.replace(/^Taken with kratom:\s*/i, "");

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, "")}…`;
}

export function cardSummary(order: JudgedOrder, basis: Basis): string {
  const top = order.findings[0].finding;
  const head = `${capitalised(order.medication.generic)} and kratom (${frequencyPhrase(basis)}): `;
  const more = order.findings.length > 1 ? ` (+${order.findings.length - 1} more)` : "";
  const tail = ` — ${levelWords[top.severity]}${more}`;
  const room = SUMMARY_MAX - head.length - tail.length;
  if (room < 12) return shorten(`${head}${levelWords[top.severity]}`, SUMMARY_MAX);
  return `${head}${shorten(shortTitle(top.title), room)}${tail}`;
}

function basisLine(basis: Basis): string {
  if (basis.kind === "assessment") {
    const day = basis.submittedAt.toISOString().slice(0, 10);
    return `**Basis:** the kratom checklist of ${day} in this clinic (kratom ${frequencyPhrase(basis)}).`;
  }
  const where = basis.signal.sources
    .map((s) =>
      s === "medication-statement"
        ? "a medication statement"
        : s === "condition"
          ? "a problem-list entry"
          : "a kratom checklist stored in the record",
    )
    .join(", ");
  const how = basis.signal.frequency
    ? `kratom ${frequencyPhrase(basis)}`
    : "how often kratom is used is not recorded, so findings that depend on it say at which frequencies they apply";
  return `**Basis:** kratom use recorded in the chart (${where}); no kratom checklist in this clinic yet; ${how}.`;
}

function sectionLink(c: Citation, baseUrl: string): string {
  const section = sectionById(c.section);
  const part = section?.parts.find((p) => p.anchor === c.anchor);
  const name = [section?.title ?? c.section, part?.heading].filter(Boolean).join(" › ");
  return `[${name}](${baseUrl}${citationHref(c)})`;
}

function findingBlock(j: JudgedFinding, baseUrl: string): string {
  const f = j.finding;
  const medicines = f.triggeredBy.filter((t) => t.path === "medications.medicationIds");
  const answers = f.triggeredBy.filter((t) => t.path !== "medications.medicationIds");
  const items = [
    medicines.length > 0 ? `- **Medicines:** ${medicines.map((t) => t.answer).join("; ")}` : "",
    answers.length > 0
      ? `- **Answers:** ${answers.map((t) => `${t.question}: ${t.answer}`).join("; ")}`
      : "",
    j.onlyAt
      ? `- **Applies if kratom is used:** ${j.onlyAt.map(frequencyWords).join(" or ")} (how often is not recorded)`
      : "",
    `- **Evidence:** ${strengthLabel(f.strength)}. ${strengthExplanation(f.strength)}`,
    `- **Sections:** ${f.citations.map((c) => sectionLink(c, baseUrl)).join(", ")}`,
    f.considerations.length > 0 ? `- **To consider:** ${f.considerations.join(" ")}` : "",
  ].filter(Boolean);
  return [`### ${shortTitle(f.title)} — ${levelWords[f.severity]}`, f.why, items.join("\n")].join(
    "\n\n",
  );
}

export function cardDetail(order: JudgedOrder, basis: Basis, baseUrl: string): string {
  return [
    basisLine(basis),
    ...order.findings.map((f) => findingBlock(f, baseUrl)),
    "_Considerations for the prescriber to weigh, not orders: this service gives no dosing advice and changes no order._",
  ].join("\n\n");
}
