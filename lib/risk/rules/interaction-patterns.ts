/**
 * Interaction rules that look across classes and answers. Each replaces, rather than repeats, the
 * class finding it covers (see `givesWay` in interactions.ts): one problem, one finding.
 */
import * as o from "@/lib/checklist/options";
import type { AssessmentAnswers } from "@/lib/checklist/schemas";
import { interactionClasses, medicationById, splitFreeText } from "@/lib/medications";
import { chose, said } from "../questions";
import { cite, ifAny, type Rule } from "../rule";
import type { Trigger } from "../types";
import { lastDoseOnly } from "./last-dose";
import { medicinesIn } from "./listed-medicines";
import { describedMedicinesIn, describeMedicine } from "./medicine-roles";
import { frequencyTrigger, REGULAR_FREQUENCIES } from "./use-pattern";

/** Co-used substances that add CNS and respiratory depression, each counted as its own source. */
const depressantCoUse = ["alcohol", "non-prescribed-opioids", "non-prescribed-sedatives"] as const;
const depressantClasses = new Set(
  interactionClasses.filter((c) => c.cnsDepressant).map((c) => c.id),
);

/**
 * Each sedating substance besides kratom itself: every listed medicine with a CNS-depressant
 * class (two benzodiazepines are two sources), plus each depressant co-used substance.
 * Non-prescribed opioids or sedatives count apart from prescribed ones because unsupervised
 * supply adds its own risk. Adding anything can only add sources.
 */
export function depressantSources(a: AssessmentAnswers): Trigger[] {
  const meds = a.medications.medicationIds.flatMap((id) => {
    const med = medicationById(id);
    const first = med?.classes.find((c) => depressantClasses.has(c));
    return med && first ? [said("medications.medicationIds", describeMedicine(med, first))] : [];
  });
  const coUsed = depressantCoUse
    .filter((s) => a.usePattern.coUsed.includes(s))
    .map((s) => chose("usePattern.coUsed", o.coUsedSubstances, s));
  return [...meds, ...coUsed];
}

/** Maintenance antagonists and mixed agonist-antagonists with kratom on most days. */
export function precipitatedWithdrawalApplies(a: AssessmentAnswers): boolean {
  return (
    REGULAR_FREQUENCIES.includes(a.usePattern.frequency) &&
    (medicinesIn(a, "opioid-antagonist").length > 0 ||
      medicinesIn(a, "mixed-agonist-antagonist").length > 0)
  );
}

/**
 * Stated rule: two or more serotonergic medicines make the serotonergic finding high. The only
 * kratom-specific report of possible serotonin syndrome involved several serotonergic medicines
 * taken together (interactions-serotonergic#serotonergic).
 */
export const SEVERAL_SEROTONERGIC = 2;

/**
 * Medicines whose liver signal is weak on its own: acetaminophen (paracetamol), where the
 * concern is regular or high-dose use, which the form does not record, and topical NSAIDs
 * (vocabulary entries with "topical" in their name), which reach the liver in small amounts.
 */
export function lowLiverSignal(id: string): boolean {
  return id === "acetaminophen" || id.split("-").includes("topical");
}

/** A moderate liver interaction: a hepatotoxic medicine beyond the low-signal ones, or alcohol. */
export function moderateLiverSignal(a: AssessmentAnswers): boolean {
  const ids = a.medications.medicationIds.filter((id) =>
    medicationById(id)?.classes.includes("hepatotoxic"),
  );
  return ids.some((id) => !lowLiverSignal(id)) || a.usePattern.coUsed.includes("alcohol");
}

export const interactionPatternRules: Rule[] = [
  {
    id: "interaction.cns-depressant-combination",
    domain: "interactions",
    severity: "high",
    title: "Two or more sedating substances with kratom",
    why: "Besides kratom, two or more sedating substances are taken; each medicine counts, so two benzodiazepines count as two. Most deaths with kratom detected involved several substances, and poison-centre exposures involving other substances had worse outcomes than kratom alone; the size of the added risk has not been quantified.",
    considerations: [
      "Consider reviewing whether each sedating medicine is still needed, with its prescriber.",
      "May warrant discussing the signs of overdose and access to naloxone with the patient.",
    ],
    citations: cite(
      "interactions-cns-depressants#combinations",
      "seizures-cardiac-respiratory#deaths",
    ),
    when: (a) => {
      const sources = depressantSources(a);
      return sources.length >= 2 ? sources : null;
    },
  },
  {
    id: "interaction.precipitated-withdrawal",
    domain: "interactions",
    severity: "high",
    title: "Opioid antagonist or mixed agonist-antagonist with regular kratom use",
    why: "A maintenance opioid antagonist (naltrexone, samidorphan or nalmefene tablets, alone or in a combination) or a mixed agonist-antagonist (butorphanol, nalbuphine, pentazocine) is listed and kratom is used on most days. Withdrawal starting about an hour after a first naltrexone dose has been reported in people using kratom regularly whose use was not known; no report involves samidorphan, nalmefene or the mixed agonist-antagonists, which are included by mechanism.",
    considerations: [
      "Consider making sure the prescriber of the antagonist knows about the kratom use.",
      "May warrant reviewing the timing or choice of the medicine with its prescriber, and observation for withdrawal after a first dose.",
    ],
    basis: {
      atMost: {
        tier: "case-reports",
        because:
          "Precipitated withdrawal is known from case reports; the surveys cited describe withdrawal on stopping.",
      },
    },
    citations: cite(
      "interactions-opioids#antagonists",
      "interactions-opioids#other-opioid-receptor-drugs",
      "dependence-withdrawal#withdrawal",
    ),
    when: (a) =>
      precipitatedWithdrawalApplies(a)
        ? [
            ...describedMedicinesIn(a, "opioid-antagonist"),
            ...describedMedicinesIn(a, "mixed-agonist-antagonist"),
            frequencyTrigger(a),
          ]
        : null,
    moreConsiderations: lastDoseOnly,
  },
  {
    id: "interaction.serotonergic-several",
    domain: "interactions",
    severity: "high",
    title: "Two or more serotonergic medicines with kratom",
    why: "Two or more serotonergic medicines are listed. Rule: one serotonergic medicine gives a moderate finding, two or more a high one, because the only kratom-specific report of possible serotonin syndrome (temperature up to 41.1 °C, hyperreflexia, clonus) involved five serotonergic or interacting medicines taken with kratom. The added risk of each further medicine has not been measured.",
    considerations: [
      "Consider reviewing whether each serotonergic medicine is still needed, with its prescribers.",
      "May warrant asking about fever, brisk reflexes or muscle jerks after a new serotonergic medicine, a dose change or a change in kratom use.",
      "Consider over-the-counter and herbal products such as dextromethorphan and St John's wort in the count.",
    ],
    citations: cite("interactions-serotonergic#serotonergic"),
    when: (a) => {
      const meds = describedMedicinesIn(a, "serotonergic");
      return meds.length >= SEVERAL_SEROTONERGIC ? meds : null;
    },
  },
  {
    id: "interaction.hepatotoxic-low-signal",
    domain: "interactions",
    severity: "low",
    title: "Acetaminophen or a topical NSAID with kratom",
    why: "The only listed medicines that can injure the liver are acetaminophen (paracetamol) or a topical NSAID, and alcohol is not used. For acetaminophen the concern is mainly regular or high-dose use, which the form does not record; topical NSAIDs reach the liver in small amounts. Kratom itself is a reported cause of liver injury, mostly cholestatic.",
    considerations: [
      "Consider asking whether acetaminophen is taken regularly or at high doses, where the concern lies.",
      "May warrant asking about jaundice, dark urine, itching and abdominal discomfort.",
    ],
    basis: {
      atMost: {
        tier: "expert-opinion",
        because:
          "No study of kratom with these medicines: the liver data cited are of kratom alone.",
      },
    },
    citations: cite("interactions-hepatotoxic#hepatotoxic-drugs", "liver-injury#pattern"),
    when: (a) => (moderateLiverSignal(a) ? null : ifAny(describedMedicinesIn(a, "hepatotoxic"))),
  },
  {
    id: "interaction.unchecked-free-text",
    domain: "interactions",
    severity: "info",
    title: "Medicines typed as free text were not checked",
    why: "Medicines typed as free text are not matched against the vocabulary, so no interaction rule ran on them. An unrecognised name could hide an interacting medicine, so the interactions domain is only partly assessed and its level is a floor.",
    considerations: [
      "Consider checking each free-text medicine against the interaction classes in the evidence pages.",
      "Consider searching the vocabulary again by generic or brand name and adding any match.",
    ],
    basis: {
      atMost: {
        tier: "expert-opinion",
        because: "A note that typed medicines were not checked, not a claim about an effect.",
      },
    },
    citations: cite("interactions-cyp#cyp3a", "interactions-cns-depressants#combinations"),
    // The free text itself is not echoed: it may hold anything and findings feed aggregates.
    // Only how many entries it holds is said ("2 entries"), which the title already qualifies.
    when: (a) => {
      const text = a.medications.otherMedicines ?? "";
      if (!text.trim()) return null;
      // Text of separators only still counts, as coverage.ts counts it: one entry.
      const n = Math.max(1, splitFreeText(text).length);
      return [said("medications.otherMedicines", `${n} ${n === 1 ? "entry" : "entries"}`)];
    },
  },
];
