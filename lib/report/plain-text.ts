/**
 * The summary as plain text for the patient's note in the EHR: no markup, stable order,
 * citations as section ids so the note can be traced back to the evidence pages.
 */
import { type AssessmentAnswers, describeStep, steps } from "@/lib/checklist";
import { sectionById } from "@/lib/evidence";
import { medicationById } from "@/lib/medications";
import { type AssessmentSummary, domains } from "@/lib/risk/types";

const LEVEL: Record<string, string> = {
  high: "HIGH",
  moderate: "MODERATE",
  low: "LOW",
  info: "INFO",
};

export function summaryToText(input: {
  summary: AssessmentSummary;
  answers: AssessmentAnswers;
  submittedAt: Date;
  baseUrl?: string;
}): string {
  const { summary, answers } = input;
  const out: string[] = [];
  out.push("KRATOM RISK CHECKLIST — SUMMARY");
  out.push(`Submitted: ${input.submittedAt.toISOString().slice(0, 16).replace("T", " ")} UTC`);
  out.push(`Ruleset ${summary.rulesetVersion}; evidence ${summary.evidenceVersion}`);
  out.push(`Overall level: ${LEVEL[summary.overall] ?? summary.overall}`);
  out.push(`(${summary.overallRule})`);
  out.push("");
  for (const d of summary.domains) {
    const status =
      d.status === "assessed"
        ? (LEVEL[d.level ?? "low"] ?? d.level)
        : `NOT ASSESSED (${d.notAssessedReasons.join("; ")})`;
    out.push(`== ${domains[d.domain]}: ${status}`);
    for (const f of summary.findings.filter((x) => x.domain === d.domain)) {
      out.push(`- [${LEVEL[f.severity] ?? f.severity}] ${f.title}`);
      out.push(`  Why: ${f.why}`);
      out.push(
        `  Triggered by: ${f.triggeredBy.map((t) => `${t.question}${t.question.endsWith("?") ? "" : ":"} ${t.answer}`).join("; ")}`,
      );
      for (const c of f.considerations) out.push(`  Consider: ${c}`);
      const cites = f.citations.map(
        (c) =>
          `${sectionById(c.section)?.title ?? c.section} (${input.baseUrl ?? ""}/evidence/${c.section}#${c.anchor})`,
      );
      out.push(`  Evidence: ${cites.join("; ")}`);
    }
  }
  out.push("");
  out.push("ANSWERS");
  const name = (id: string) => medicationById(id)?.generic ?? id;
  for (const step of steps) {
    out.push(`${step.title}:`);
    for (const line of describeStep(step.key, answers[step.key] as Record<string, unknown>, name))
      out.push(`  ${line.question}: ${line.answer}`);
  }
  out.push("");
  out.push("Findings are considerations for the clinician to weigh, not instructions.");
  return out.join("\n");
}
