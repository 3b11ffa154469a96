/**
 * Co-use rules (use-pattern domain): other substances taken with kratom.
 * Kratom's alkaloids act on opioid receptors, so sedating substances taken with it are flagged on
 * their own here, and again by the interaction combination rule when two or more are present.
 * Severities follow the matching interaction classes in lib/medications (full opioid agonists and
 * benzodiazepines high, alcohol moderate) so a substance weighs the same whether prescribed or not.
 * Alcohol has no vocabulary medicine: its class is used here, as the one place it is asked.
 */

import * as o from "@/lib/checklist/options";
import type { AssessmentAnswers } from "@/lib/checklist/schemas";
import { interactionClassById } from "@/lib/medications";
import { chose } from "../questions";
import { cite, type Rule } from "../rule";

const coUses = (a: AssessmentAnswers, value: string) =>
  a.usePattern.coUsed.includes(value as (typeof a.usePattern.coUsed)[number])
    ? [chose("usePattern.coUsed", o.coUsedSubstances, value)]
    : null;

const alcohol = interactionClassById("alcohol");

const overdoseSigns =
  "May warrant discussing the signs of overdose (heavy drowsiness, slow breathing) with the patient and those around them.";

export const coUseRules: Rule[] = [
  {
    id: "use.co-use-opioids",
    domain: "use-pattern",
    severity: "high",
    title: "Non-prescribed opioids used with kratom",
    why: "Non-prescribed opioids are used as well as kratom. In medical-examiner data, most people who died with kratom detected had taken at least one opioid, and opioid use went with much higher odds of a drug-intoxication death.",
    considerations: [
      overdoseSigns,
      "Consider assessing opioid use and discussing treatment options for opioid use disorder.",
    ],
    citations: cite(
      "use-pattern#co-use",
      "interactions-opioids#full-agonists",
      "seizures-cardiac-respiratory#deaths",
    ),
    when: (a) => coUses(a, "non-prescribed-opioids"),
  },
  {
    id: "use.co-use-sedatives",
    domain: "use-pattern",
    severity: "high",
    title: "Non-prescribed sedatives used with kratom",
    why: "Non-prescribed benzodiazepines or other sedatives are used as well as kratom. Benzodiazepines appear with kratom in a seizure case and in deaths; the size of any added risk has not been measured.",
    considerations: [
      overdoseSigns,
      "Consider asking which sedatives, how often, and whether they are taken at the same time.",
    ],
    basis: {
      atMost: {
        tier: "case-reports",
        because:
          "Benzodiazepines with kratom appear in a seizure case and in deaths; no study measured the added risk.",
      },
    },
    citations: cite("use-pattern#co-use", "interactions-cns-depressants#benzodiazepines"),
    when: (a) => coUses(a, "non-prescribed-sedatives"),
  },
  {
    id: "use.co-use-alcohol",
    domain: "use-pattern",
    severity: alcohol.severity,
    title: "Alcohol used with kratom",
    why: alcohol.mechanism,
    considerations: alcohol.considerations,
    basis: alcohol.basis,
    citations: [...cite("use-pattern#co-use"), ...alcohol.citations],
    when: (a) => coUses(a, "alcohol"),
  },
];
