/**
 * Interaction rules. One rule per interaction class in lib/medications: the class owns the
 * severity, mechanism, considerations, strength and citations, so the vocabulary and the findings
 * cannot drift apart. Three rules here look across classes and answers.
 */

import * as o from "@/lib/checklist/options";
import type { AssessmentAnswers } from "@/lib/checklist/schemas";
import { interactionClasses, medicationById, medications } from "@/lib/medications";
import type { InteractionClass, InteractionClassId } from "@/lib/medications/types";
import { chose, said } from "../questions";
import { cite, ifAny, type Rule } from "../rule";
import type { Trigger } from "../types";
import { lastDoseConsiderations } from "./last-dose";
import { frequencyTrigger, REGULAR_FREQUENCIES } from "./use-pattern";

/** Triggers naming each listed medicine that belongs to the class. */
export function medicinesIn(a: AssessmentAnswers, classId: InteractionClassId): Trigger[] {
  return a.medications.medicationIds.flatMap((id) => {
    const med = medicationById(id);
    return med?.classes.includes(classId) ? [said("medications.medicationIds", med.generic)] : [];
  });
}

function classRule(c: InteractionClass): Rule {
  return {
    id: `interaction.${c.id}`,
    domain: "interactions",
    severity: c.severity,
    title: `Taken with kratom: ${c.label}`,
    why: c.mechanism,
    considerations: c.considerations,
    strength: c.strength,
    citations: c.citations,
    when: (a) => ifAny(medicinesIn(a, c.id)),
  };
}

/** Co-used substances that add CNS and respiratory depression, each counted as its own source. */
const depressantCoUse = ["alcohol", "non-prescribed-opioids", "non-prescribed-sedatives"] as const;

/**
 * The distinct CNS-depressant sources besides kratom itself: each CNS-depressant class among the
 * medicines, plus each depressant co-used substance. Alcohol from the medicine list and from the
 * co-use question is one source; non-prescribed opioids or sedatives count apart from prescribed
 * ones because unsupervised supply adds its own risk. Adding anything can only add sources.
 */
export function depressantSources(a: AssessmentAnswers): Map<string, Trigger[]> {
  const sources = new Map<string, Trigger[]>();
  for (const c of interactionClasses) {
    if (!c.cnsDepressant) continue;
    const meds = medicinesIn(a, c.id);
    if (meds.length > 0) sources.set(c.id, meds);
  }
  for (const s of depressantCoUse) {
    if (!a.usePattern.coUsed.includes(s)) continue;
    const t = chose("usePattern.coUsed", o.coUsedSubstances, s);
    sources.set(s, [...(sources.get(s) ?? []), t]);
  }
  return sources;
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
  {
    id: "interaction.cns-depressant-combination",
    domain: "interactions",
    severity: "high",
    title: "Two or more sedating substances with kratom",
    why: "Besides kratom, two or more sedating substances are taken. Most deaths with kratom detected involved several substances, and poison-centre exposures involving other substances had worse outcomes than kratom alone; the size of the added risk has not been quantified.",
    considerations: [
      "Consider reviewing whether each sedating medicine is still needed, with its prescriber.",
      "May warrant discussing the signs of overdose and access to naloxone with the patient.",
    ],
    strength: "case-reports",
    citations: cite(
      "interactions-cns-depressants#combinations",
      "seizures-cardiac-respiratory#deaths",
    ),
    when: (a) => {
      const sources = depressantSources(a);
      return sources.size >= 2 ? [...sources.values()].flat() : null;
    },
  },
  {
    id: "interaction.precipitated-withdrawal",
    domain: "interactions",
    severity: "high",
    title: "Opioid antagonist with regular kratom use",
    why: "An opioid antagonist (naltrexone, nalmefene or a naloxone-containing product) is listed and kratom is used on most days. Withdrawal starting soon after naltrexone or naloxone has been reported in people using kratom regularly whose use was not known; no report involves nalmefene.",
    considerations: [
      "Consider making sure the prescriber of the antagonist knows about the kratom use.",
      "May warrant reviewing the timing or choice of the antagonist with its prescriber.",
      "Consider that naloxone remains the treatment for a suspected opioid overdose, and that withdrawal may follow it in regular users.",
    ],
    strength: "case-reports",
    citations: cite(
      "interactions-opioids#antagonists",
      "dependence-withdrawal#withdrawal",
      "dependence-withdrawal#timing",
    ),
    when: (a) => {
      const meds = medicinesIn(a, "opioid-antagonist");
      if (meds.length === 0 || !REGULAR_FREQUENCIES.includes(a.usePattern.frequency)) return null;
      return [...meds, frequencyTrigger(a)];
    },
    moreConsiderations: lastDoseConsiderations,
  },
  {
    id: "interaction.unchecked-free-text",
    domain: "interactions",
    severity: "info",
    title: "Medicines typed as free text were not checked",
    why: "Medicines typed as free text are not matched against the vocabulary, so no interaction rule ran on them. An unrecognised name could hide an interacting medicine.",
    considerations: [
      "Consider checking each free-text medicine against the interaction classes in the evidence pages.",
      "Consider searching the vocabulary again by generic or brand name and adding any match.",
    ],
    strength: "expert-opinion",
    citations: cite("interactions-cyp#cyp3a", "interactions-cns-depressants#combinations"),
    // The free text itself is not echoed: it may hold anything and findings feed aggregates.
    when: (a) =>
      a.medications.otherMedicines?.trim()
        ? [said("medications.otherMedicines", "Entered (not checked against the vocabulary)")]
        : null,
  },
];
