/**
 * Time since the last dose is never a risk factor on its own: it only changes what a clinician
 * might weigh next (whether withdrawal could be starting, when an induction could begin), so it
 * is added as a consideration to the withdrawal-related findings and never raises a severity.
 */

import { labelOf, lastDoseTimes } from "@/lib/checklist/options";
import type { AssessmentAnswers } from "@/lib/checklist/schemas";

export function lastDoseConsiderations(a: AssessmentAnswers): string[] {
  const last = a.dependence.lastDose;
  if (last === "unknown") return [];
  const when = labelOf(lastDoseTimes, last).toLowerCase();
  // The 8-hour figure is the only timing seen in the evidence (dependence-withdrawal#timing),
  // from one series of three patients.
  return [
    `Consider the time since the last dose (${when}) when judging whether symptoms could be withdrawal. In one series of three patients, buprenorphine/naloxone induction appeared safe from about 8 hours after the last kratom use; there are no formal guidelines.`,
  ];
}

/**
 * For the antagonist finding: the time since the last dose only. The buprenorphine induction
 * timing is about a different medicine and is not attached there.
 */
export function lastDoseOnly(a: AssessmentAnswers): string[] {
  const last = a.dependence.lastDose;
  if (last === "unknown") return [];
  const when = labelOf(lastDoseTimes, last).toLowerCase();
  return [
    `Consider the time since the last kratom dose (${when}); how long after it an antagonist can be given without precipitating withdrawal is unknown.`,
  ];
}
