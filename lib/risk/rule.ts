/**
 * The shape of one rule in the rule tables, and the one function that turns a rule into a finding.
 * Everything a finding says (title, why, considerations, strength, citations) is data on the rule,
 * so a reviewer can read the tables without reading control flow; only `when` is code.
 */
import type { AssessmentAnswers } from "@/lib/checklist/schemas";
import type { Citation, EvidenceBasis } from "@/lib/evidence/types";
import { stillToAsk } from "./answered";
import { tierOf } from "./tier";
import type { Domain, Finding, FindingSeverity, Trigger } from "./types";

export interface Rule {
  /** Stable id, "<area>.<what>": stored with every finding and counted in aggregates. */
  id: string;
  domain: Domain;
  severity: FindingSeverity;
  title: string;
  /** Why this matters, in the project's own words; the triggers say which answers fired it. */
  why: string;
  /** Options to weigh ("Consider …", "May warrant …"): never orders, never doses. */
  considerations: string[];
  /**
   * How the finding's evidence tier is derived from the cited parts' references (tier.ts):
   * never typed, only lowered with a stated reason where the claim says less than its sources.
   */
  basis?: EvidenceBasis;
  /** Evidence section parts; at least one, each checked by a test against lib/evidence. */
  citations: Citation[];
  /** The answers that make the rule fire, or null when it does not fire. */
  when: (answers: AssessmentAnswers) => Trigger[] | null;
  /** Considerations that depend on the answers, e.g. the time since the last dose. */
  moreConsiderations?: (answers: AssessmentAnswers) => string[];
}

type CitationRef = `${string}#${string}`;

/** `cite("use-pattern#frequency")` → `{ section: "use-pattern", anchor: "frequency" }`. */
export function cite(...refs: CitationRef[]): Citation[] {
  return refs.map((ref) => {
    const [section, anchor] = ref.split("#");
    return { section, anchor };
  });
}

/** Null unless at least one trigger: a finding without a visible reason must not exist. */
export function ifAny(triggers: Trigger[]): Trigger[] | null {
  return triggers.length > 0 ? triggers : null;
}

/** Run one rule; copies arrays so a caller mutating a finding cannot change the rule table. */
export function fire(rule: Rule, answers: AssessmentAnswers): Finding | null {
  const triggeredBy = rule.when(answers);
  if (!triggeredBy || triggeredBy.length === 0) return null;
  return {
    id: rule.id,
    domain: rule.domain,
    severity: rule.severity,
    title: rule.title,
    why: rule.why,
    triggeredBy,
    // Nothing the checklist already asked is asked again (answered.ts).
    considerations: [...rule.considerations, ...(rule.moreConsiderations?.(answers) ?? [])].filter(
      (c) => stillToAsk(c, answers),
    ),
    strength: tierOf(rule),
    citations: rule.citations.map((c) => ({ ...c })),
  };
}
