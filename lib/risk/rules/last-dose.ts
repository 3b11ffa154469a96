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
  // The 8-hour figure is the only timing seen in the evidence (dependence-withdrawal#timing).
  return [
    `Consider the time since the last dose (${when}) when judging whether symptoms could be withdrawal. Case series describe buprenorphine/naloxone induction from about 8 hours after the last kratom use; there are no formal guidelines.`,
  ];
}
