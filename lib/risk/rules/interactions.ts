/**
 * Interaction rules. One rule per interaction class in lib/medications: the class owns the
 * severity, mechanism, considerations, strength and citations, so the vocabulary and the findings
 * cannot drift apart. The rules that look across classes and answers are in
 * interaction-patterns.ts. Every finding names the listed medicines and what each one is.
 */

import type { AssessmentAnswers } from "@/lib/checklist/schemas";
import { interactionClasses, medications } from "@/lib/medications";
import type { InteractionClass, InteractionClassId } from "@/lib/medications/types";
import { ifAny, type Rule } from "../rule";
import {
  interactionPatternRules,
  moderateLiverSignal,
  precipitatedWithdrawalApplies,
  SEVERAL_SEROTONERGIC,
} from "./interaction-patterns";
import { listed, medicinesIn } from "./listed-medicines";
import { describedMedicinesIn } from "./medicine-roles";

export { medicinesIn } from "./listed-medicines";

/**
 * Classes whose finding gives way to a pattern finding in the same domain with an equal or
 * higher severity, so one problem gives one finding (and a level can only step up):
 * - maintenance antagonists and mixed agonist-antagonists with regular use: precipitated withdrawal;
 * - serotonergic with two or more serotonergic medicines: serotonergic-several;
 * - hepatotoxic when only low-signal medicines are listed: hepatotoxic-low-signal (lower: the
 *   class finding is not made at all then, see LOW_LIVER_SIGNAL).
 */
const givesWay: Partial<Record<InteractionClassId, (a: AssessmentAnswers) => boolean>> = {
  "opioid-antagonist": (a) => precipitatedWithdrawalApplies(a),
  "mixed-agonist-antagonist": (a) => precipitatedWithdrawalApplies(a),
  serotonergic: (a) => medicinesIn(a, "serotonergic").length >= SEVERAL_SEROTONERGIC,
  hepatotoxic: (a) => !moderateLiverSignal(a),
};

function classRule(c: InteractionClass): Rule {
  return {
    id: `interaction.${c.id}`,
    domain: "interactions",
    severity: c.severity,
    // An information-only class (rescue naloxone) is a note on what is listed, and a class that
    // is no interaction (pigmenting medicines) says what it is: neither reads as a combination.
    title:
      c.findingTitle ??
      (c.severity === "info" ? `Listed: ${c.label}` : `Taken with kratom: ${c.label}`),
    why: c.mechanism,
    considerations: c.considerations,
    basis: c.basis,
    citations: c.citations,
    when: (a) =>
      !listed(a).classes.has(c.id) || givesWay[c.id]?.(a)
        ? null
        : ifAny(describedMedicinesIn(a, c.id)),
  };
}

/**
 * Classes no vocabulary medicine belongs to get no rule: "alcohol" is a co-used substance,
 * reported by use.co-use-alcohol from its class data, and a rule that can never fire would only
 * mislead the rule catalogue. A class gains its rule as soon as a medicine is tagged with it.
 */
const listedClasses = interactionClasses.filter((c) =>
  medications.some((m) => m.classes.includes(c.id)),
);

export const interactionRules: Rule[] = [
  ...listedClasses.map(classRule),
  ...interactionPatternRules,
];
