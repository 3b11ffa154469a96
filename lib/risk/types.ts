import type { Citation, EvidenceStrength } from "@/lib/evidence/types";

export const domains = {
  "use-pattern": "Tolerance and use pattern",
  interactions: "Interacting medications",
  dependence: "Dependence and withdrawal",
  skin: "Skin changes",
  "other-harms": "Other harms",
} as const;
export type Domain = keyof typeof domains;

/** Ordered from least to most concerning; `levelRank` relies on this order. */
export const riskLevels = ["low", "moderate", "high"] as const;
export type RiskLevel = (typeof riskLevels)[number];
export type FindingSeverity = RiskLevel | "info";

/** One answer that made a rule fire, in words the clinician recognises from the form. */
export interface Trigger {
  /** Dotted path in the assessment answers, e.g. "usePattern.frequency". */
  path: string;
  question: string;
  answer: string;
}

export interface Finding {
  /** Stable rule id, e.g. "use.daily-multiple-doses"; stored and aggregated. */
  id: string;
  domain: Domain;
  severity: FindingSeverity;
  title: string;
  /** Why the rule fired, one or two sentences in the project's own words. */
  why: string;
  triggeredBy: Trigger[];
  /** Options for the clinician to weigh, never orders. */
  considerations: string[];
  strength: EvidenceStrength;
  citations: Citation[];
}

export interface DomainResult {
  domain: Domain;
  /** "not-assessed" when the answers needed were unknown or not asked: never read as low risk. */
  status: "assessed" | "not-assessed";
  level: RiskLevel | null;
  /** Why a domain is not assessed, e.g. "DSM-5 criteria not asked". */
  notAssessedReasons: string[];
}

export interface AssessmentSummary {
  rulesetVersion: string;
  evidenceVersion: string;
  overall: RiskLevel;
  /** The stated rule that derives the overall level, shown on the summary. */
  overallRule: string;
  domains: DomainResult[];
  findings: Finding[];
}
