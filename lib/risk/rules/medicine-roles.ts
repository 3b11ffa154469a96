/**
 * What each listed medicine is, in words, so interaction findings name the patient's medicines
 * and not only a class: "tramadol: opioid agonist mainly through a metabolite formed by CYP2D6,
 * serotonergic and lowers the seizure threshold".
 */
import type { AssessmentAnswers } from "@/lib/checklist/schemas";
import type { InteractionClassId, Medication } from "@/lib/medications/types";
import { said } from "../questions";
import type { Trigger } from "../types";
import { listed } from "./listed-medicines";

const roles: Record<InteractionClassId, string> = {
  "full-opioid-agonist": "full opioid agonist",
  "partial-opioid-agonist": "partial opioid agonist",
  "opioid-antagonist": "maintenance opioid antagonist",
  "mixed-agonist-antagonist": "mixed opioid agonist-antagonist",
  "peripheral-opioid-antagonist": "peripherally acting opioid antagonist",
  "rescue-opioid-antagonist": "rescue opioid antagonist",
  "benzodiazepine-z-drug": "benzodiazepine or Z-drug",
  "barbiturate-oxybate": "barbiturate or oxybate",
  gabapentinoid: "gabapentinoid",
  "other-cns-depressant": "sedating",
  alcohol: "alcohol",
  serotonergic: "serotonergic",
  antipsychotic: "antipsychotic",
  "cyp3a-substrate": "CYP3A substrate",
  "cyp3a-substrate-nti": "narrow-index CYP3A substrate",
  "strong-cyp3a-inhibitor": "strong CYP3A inhibitor",
  "strong-cyp3a-inducer": "strong CYP3A inducer",
  "nti-cyp2c9": "narrow-index CYP2C9 substrate",
  "nti-pgp": "narrow-index P-glycoprotein substrate",
  "cyp2d6-substrate": "CYP2D6 substrate",
  "qt-prolonging": "QT-prolonging",
  hepatotoxic: "can injure the liver",
  stimulant: "stimulant",
  "seizure-threshold": "lowers the seizure threshold",
  pigmenting: "can cause skin pigmentation",
};

/**
 * Where a class word would mislead for one medicine. Tramadol and codeine act mainly through
 * metabolites formed by CYP2D6 (the CYP2D6 class text names them as prodrugs), so they are not
 * called plain full agonists.
 */
const prodrug = "opioid agonist mainly through a metabolite formed by CYP2D6";
const overrides: Record<string, Partial<Record<InteractionClassId, string>>> = {
  tramadol: { "full-opioid-agonist": prodrug },
  codeine: { "full-opioid-agonist": prodrug },
  dihydrocodeine: { "cyp2d6-substrate": "CYP2D6-activated prodrug" },
};

/** Overrides apply to combination products too ("tramadol/acetaminophen"). */
function overrideFor(med: Medication, c: InteractionClassId): string | undefined {
  const parts = med.id.split("-");
  for (const [name, o] of Object.entries(overrides)) {
    if (parts.includes(name) && o[c]) return o[c];
  }
  return undefined;
}

function list(words: string[]): string {
  return words.length <= 1
    ? words.join("")
    : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

/**
 * "tramadol: opioid agonist mainly through a metabolite formed by CYP2D6, serotonergic and lowers
 * the seizure threshold". The class in question comes first; metabolic roles are left out unless
 * it is a metabolic class, so each finding stays about its own problem.
 */
export function describeMedicine(med: Medication, first: InteractionClassId): string {
  const metabolic = (c: InteractionClassId) =>
    c.startsWith("cyp") || c.startsWith("nti") || c.startsWith("strong-cyp");
  const shown = [first, ...med.classes.filter((c) => c !== first)].filter(
    (c) => c === first || !metabolic(c) || metabolic(first),
  );
  const words = shown.filter((c) => c !== "pigmenting" || first === "pigmenting");
  return `${med.generic}: ${list(words.map((c) => overrideFor(med, c) ?? roles[c]))}`;
}

/** Triggers naming each listed medicine of the class with what it is. */
/**
 * One medicine gives one finding per mechanism (issue 16 §4): a strong CYP3A inhibitor that is
 * also a CYP3A substrate (clarithromycin, ritonavir) gets the inhibitor finding only, as the
 * substrate finding would restate the same enzyme from the one midazolam study.
 */
const givesWayTo: Partial<Record<InteractionClassId, InteractionClassId>> = {
  "cyp3a-substrate": "strong-cyp3a-inhibitor",
};

export function describedMedicinesIn(a: AssessmentAnswers, classId: InteractionClassId): Trigger[] {
  const { meds, classes } = listed(a);
  if (!classes.has(classId)) return [];
  const other = givesWayTo[classId];
  return meds.flatMap((m) =>
    m.classes.includes(classId) && !(other && m.classes.includes(other))
      ? [said("medications.medicationIds", describeMedicine(m, classId))]
      : [],
  );
}
