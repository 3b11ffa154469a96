/**
 * assess(): answers in, summary out. Pure and deterministic: no clock, no randomness, no I/O,
 * so the server action, a CLI, the tests and the benchmark all get the same summary.
 */
import type { AssessmentAnswers } from "@/lib/checklist/schemas";
import { EVIDENCE_VERSION } from "@/lib/evidence";
import { missingKeyAnswers } from "./coverage";
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
export const RULESET_VERSION = "1.0.0";

export const OVERALL_RULE =
  "Overall level is the highest level of any assessed domain. A domain's level is the highest severity among its findings (information-only findings count as low), or low when it was assessed and nothing was found. Domains not assessed do not lower it; they are listed separately.";

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
  const missing = missingKeyAnswers(domain, a);
  // A finding always counts (see coverage.ts); "not assessed" is only for silence with no data.
  if (own.length === 0 && missing.length > 0) {
    return {
      domain,
      status: "not-assessed",
      level: null,
      missing: missing.map((item) => ({ path: domain, item, ask: item })),
      notAssessedReasons: missing,
    };
  }
  return {
    domain,
    status: "assessed",
    level: highest(own.map((f) => f.severity)) ?? "low",
    missing: [],
    notAssessedReasons: [],
  };
}

export function assess(answers: AssessmentAnswers): AssessmentSummary {
  const findings = rules
    .map((rule) => fire(rule, answers))
    .filter((f): f is Finding => f !== null)
    .sort(compareFindings);
  const results = domainOrder.map((d) => domainResult(d, findings, answers));
  const assessed = results.flatMap((r) => (r.level ? [r.level] : []));
  return {
    rulesetVersion: RULESET_VERSION,
    evidenceVersion: EVIDENCE_VERSION,
    // use-pattern and interactions are always assessed, so "low" here is never a default guess.
    overall: highest(assessed) ?? "low",
    overallRule: OVERALL_RULE,
    domains: results,
    findings,
  };
}
