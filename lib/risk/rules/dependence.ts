/**
 * Dependence and withdrawal rules.
 * DSM-5 severity bands (mild 2–3, moderate 4–5, severe 6+ of 11 criteria) map to finding severity
 * as mild → moderate, moderate → high, severe → high: mild already meets the threshold for a use
 * disorder and deserves attention, and the summary has only three levels. 0–1 criteria is below
 * the threshold and gives no finding. The count is a structured screen, not a diagnosis.
 */

import * as o from "@/lib/checklist/options";
import type { AssessmentAnswers } from "@/lib/checklist/schemas";
import { chose, choseEach, said } from "../questions";
import { cite, type Rule } from "../rule";
import type { FindingSeverity } from "../types";
import { lastDoseConsiderations } from "./last-dose";

/** Number of DSM-5 criteria present; 0 when the criteria were not asked. */
export function dsmCount(a: AssessmentAnswers): number {
  return a.dependence.criteriaAsked === "asked" ? a.dependence.criteria.length : 0;
}

const dsmCitations = cite(
  "dependence-withdrawal#dsm5-severity",
  "screening-tools#dsm5",
  "dependence-withdrawal#prevalence",
);

function dsmBand(
  band: "mild" | "moderate" | "severe",
  range: [number, number],
  severity: FindingSeverity,
): Rule {
  const [min, max] = range;
  const span = max === Number.POSITIVE_INFINITY ? `${min} or more` : `${min}–${max}`;
  return {
    id: `dependence.dsm5-${band}`,
    domain: "dependence",
    severity,
    title: `${span} DSM-5 criteria: ${band} range`,
    why: `${span} of the 11 DSM-5 substance use disorder criteria, adapted to kratom, are present: the ${band} band. In surveys, tolerance and withdrawal were the most common criteria in kratom use disorder, and most cases were mild or moderate.`,
    considerations: [
      "Consider discussing the findings with the patient and what they want to change.",
      "May warrant a fuller assessment for kratom use disorder, including other substance use.",
      "Consider tracking the criteria at later visits.",
    ],
    citations: dsmCitations,
    when: (a) => {
      const n = dsmCount(a);
      if (n < min || n > max) return null;
      return [
        said("dependence.criteria", `${n} of ${o.dsmCriteria.length}`),
        ...choseEach("dependence.criteria", o.dsmCriteria, a.dependence.criteria),
      ];
    },
    moreConsiderations: lastDoseConsiderations,
  };
}

export const dependenceRules: Rule[] = [
  dsmBand("severe", [6, Number.POSITIVE_INFINITY], "high"),
  dsmBand("moderate", [4, 5], "high"),
  dsmBand("mild", [2, 3], "moderate"),
  {
    id: "dependence.withdrawal-when-missed",
    domain: "dependence",
    severity: "moderate",
    title: "Withdrawal symptoms when doses are missed",
    why: "Symptoms appear when a dose is missed or delayed, a sign of physical dependence. Reported kratom withdrawal is mostly mild to moderate, with muscle aches, restlessness, irritability, poor sleep, runny nose and gut upset; severe cases have been reported.",
    considerations: [
      "Consider a structured withdrawal scale (COWS or SOWS) if withdrawal is suspected; neither is validated for kratom.",
      "May warrant planning any reduction or stop with the patient rather than an abrupt stop.",
    ],
    basis: {
      atMost: {
        tier: "observational",
        because:
          "Withdrawal when doses are missed is described in surveys and case series; the studies in people cited measured blood levels and timing.",
      },
    },
    citations: cite(
      "dependence-withdrawal#withdrawal",
      "screening-tools#withdrawal-scales",
      "dependence-withdrawal#timing",
    ),
    when: (a) =>
      a.dependence.withdrawalWhenMissed === "yes"
        ? [
            chose("dependence.withdrawalWhenMissed", o.withdrawalWhenMissed, "yes"),
            ...choseEach(
              "dependence.withdrawalSymptoms",
              o.withdrawalSymptoms,
              a.dependence.withdrawalSymptoms,
            ),
          ]
        : null,
    moreConsiderations: lastDoseConsiderations,
  },
  {
    id: "dependence.unsuccessful-quit",
    domain: "dependence",
    severity: "moderate",
    title: "Tried to stop and could not",
    why: "An earlier attempt to stop failed or was followed by relapse. Failed attempts to stop were among the main use-disorder features reported by people who use kratom.",
    considerations: [
      "Consider asking what made stopping hard: withdrawal, pain, mood or craving.",
      "May warrant discussing treatment options; case series describe buprenorphine/naloxone, with no formal guidelines.",
    ],
    citations: cite("dependence-withdrawal#dsm5-severity", "dependence-withdrawal#treatment"),
    when: (a) =>
      a.dependence.quitAttempts === "unsuccessful"
        ? [chose("dependence.quitAttempts", o.quitAttempts, "unsuccessful")]
        : null,
  },
];
