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

/**
 * A key item that was not answered (unknown, declined or not asked) or could not be checked
 * (a medicine typed as free text). Shown under "Not asked yet" with the question to ask next.
 * Holds question wording only, never the patient's answer text.
 */
export interface MissingItem {
  /** Dotted answer path, e.g. "dependence.criteria" or "otherHarms.pregnancy". */
  path: string;
  /** What is missing, in the form's words: "DSM-5 criteria not asked". */
  item: string;
  /** The question to ask next, e.g. "Ask the 11 DSM-5 criteria for the past 12 months." */
  ask: string;
}

export type DomainStatus = "assessed" | "partly-assessed" | "not-assessed";

export interface DomainResult {
  domain: Domain;
  /**
   * "assessed": every key item answered. "partly-assessed": some key items unknown or not asked
   * (its level is what the answered items show, never a plain "low"). "not-assessed": nothing to
   * go on and nothing found. Neither of the last two ever reads as low risk.
   */
  status: DomainStatus;
  level: RiskLevel | null;
  /** Key items not answered or not checked; empty when status is "assessed". */
  missing: MissingItem[];
  /** Kept for summaries stored before ruleset 2.0.0: the same items as short phrases. */
  notAssessedReasons: string[];
}

export interface AssessmentSummary {
  rulesetVersion: string;
  evidenceVersion: string;
  overall: RiskLevel;
  /**
   * True when any domain is partly or not assessed, or a free-text medicine is unchecked: the
   * overall level is then a floor ("at least low"), never a plain "low". Absent in summaries
   * stored before ruleset 2.0.0.
   */
  overallIncomplete?: boolean;
  /** The stated rule that derives the overall level, shown on the summary. */
  overallRule: string;
  domains: DomainResult[];
  findings: Finding[];
}
