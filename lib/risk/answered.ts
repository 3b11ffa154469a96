/**
 * Considerations never ask for what the checklist already has (issue 17 §5): a consideration
 * that asks about a screened topic (liver symptoms after "none", other substances after "none",
 * a seizure after "no") is left out of a finding once that question was answered. Rule and class
 * texts are static, so the check is made here, once, when a rule fires.
 */
import type { AssessmentAnswers } from "@/lib/checklist/schemas";

interface AskedTopic {
  /** An asking consideration about this topic. */
  asks: RegExp;
  answered: (a: AssessmentAnswers) => boolean;
}

const known = (v: unknown) => v !== undefined && v !== "unknown";

const topics: AskedTopic[] = [
  {
    asks: /\b(asking|ask) about (jaundice|liver symptoms)\b/i,
    answered: (a) => !a.otherHarms.liverSymptoms.includes("unknown"),
  },
  {
    asks: /\b(asking|ask) about (stimulants and )?other substances\b/i,
    answered: (a) => !a.usePattern.coUsed.includes("unknown"),
  },
  { asks: /\b(asking|ask) about any seizure\b/i, answered: (a) => known(a.otherHarms.seizures) },
  {
    asks: /\b(asking|ask) when the darkening started\b/i,
    answered: (a) => known(a.skin.onset),
  },
];

/** False when the consideration asks about a topic these answers already hold. */
export function stillToAsk(consideration: string, a: AssessmentAnswers): boolean {
  return !topics.some((t) => t.asks.test(consideration) && t.answered(a));
}
