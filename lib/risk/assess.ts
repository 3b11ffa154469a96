/**
 * assess(): answers in, summary out. Pure and deterministic: no clock, no randomness, no I/O,
 * so the server action, a CLI, the tests and the benchmark all get the same summary.
 */
import type { AssessmentAnswers } from "@/lib/checklist/schemas";
import { EVIDENCE_VERSION } from "@/lib/evidence";
import { missingItems, nothingToGoOn } from "./coverage";
import { fire } from "./rule";
import { rules } from "./rules";
import {
  type AssessmentSummary,
  type Domain,
  type DomainResult,
  domains,
  type Finding,
  type FindingSeverity,
  type RiskLevel,
  riskLevels,
} from "./types";

/** Bump on any change to a rule's logic or wording; stored with every summary. */
export const RULESET_VERSION = "2.2.0";

export const OVERALL_RULE =
  'Overall level is the highest level of any domain. A domain\'s level is the highest severity among its findings (information-only findings count as low), or low when nothing was found. A partly assessed domain (some key items unknown, not asked, or medicines typed as free text and not checked) counts with the level its answered items show, as a floor ("at least"): it says nothing about what was not asked, which is listed with the question to ask next. A domain not assessed at all has no level and never lowers the overall level. While any domain is partly or not assessed, the overall level is a floor ("at least"), never a plain low.';

const domainOrder = Object.keys(domains) as Domain[];
const severityOrder: FindingSeverity[] = ["high", "moderate", "low", "info"];

/** Rank of a level in riskLevels (low 0 … high 2); "info" ranks as low. */
export function levelRank(level: FindingSeverity): number {
  return riskLevels.indexOf(level === "info" ? "low" : level);
}

function highest(levels: FindingSeverity[]): RiskLevel | null {
  if (levels.length === 0) return null;
  return riskLevels[Math.max(...levels.map(levelRank))];
}

/** Domain order, then severity high → info, then id: stable across runs and platforms. */
function compareFindings(a: Finding, b: Finding): number {
  return (
    domainOrder.indexOf(a.domain) - domainOrder.indexOf(b.domain) ||
    severityOrder.indexOf(a.severity) - severityOrder.indexOf(b.severity) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

function domainResult(domain: Domain, findings: Finding[], a: AssessmentAnswers): DomainResult {
  const own = findings.filter((f) => f.domain === domain);
  const missing = missingItems(domain, a);
  const notAssessedReasons = missing.map((m) => m.item);
  // A risk finding always counts (see coverage.ts); "not assessed" is only for no data and no
  // risk found. An information-only finding (e.g. "pregnancy status not asked") is not data.
  if (own.every((f) => f.severity === "info") && nothingToGoOn(domain, a)) {
    return { domain, status: "not-assessed", level: null, missing, notAssessedReasons };
  }
  return {
    domain,
    status: missing.length > 0 ? "partly-assessed" : "assessed",
    level: highest(own.map((f) => f.severity)) ?? "low",
    missing,
    notAssessedReasons,
  };
}

/**
 * One finding per problem: a consideration already shown on an earlier finding (in summary
 * order) is not repeated, e.g. the time since the last dose on both withdrawal findings. A
 * finding always keeps at least one consideration.
 */
function withoutRepeatedConsiderations(findings: Finding[]): Finding[] {
  const shown = new Set<string>();
  return findings.map((f) => {
    const fresh = f.considerations.filter((c) => !shown.has(c));
    for (const c of f.considerations) shown.add(c);
    return fresh.length > 0 ? { ...f, considerations: fresh } : f;
  });
}

export function assess(answers: AssessmentAnswers): AssessmentSummary {
  const findings = withoutRepeatedConsiderations(
    rules
      .map((rule) => fire(rule, answers))
      .filter((f): f is Finding => f !== null)
      .sort(compareFindings),
  );
  const results = domainOrder.map((d) => domainResult(d, findings, answers));
  const levels = results.flatMap((r) => (r.level ? [r.level] : []));
  return {
    rulesetVersion: RULESET_VERSION,
    evidenceVersion: EVIDENCE_VERSION,
    // use-pattern and interactions always have a level, so "low" here is never a default guess.
    overall: highest(levels) ?? "low",
    overallIncomplete: results.some((r) => r.status !== "assessed"),
    overallRule: OVERALL_RULE,
    domains: results,
    findings,
  };
}
