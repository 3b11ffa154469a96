import type { Citation, EvidenceBasis } from "@/lib/evidence/types";

export const interactionClassIds = [
  "full-opioid-agonist",
  "partial-opioid-agonist",
  "opioid-antagonist",
  "mixed-agonist-antagonist",
  "peripheral-opioid-antagonist",
  "rescue-opioid-antagonist",
  "benzodiazepine-z-drug",
  "barbiturate-oxybate",
  "gabapentinoid",
  "other-cns-depressant",
  "alcohol",
  "serotonergic",
  "antipsychotic",
  "cyp3a-substrate",
  "cyp3a-substrate-nti",
  "strong-cyp3a-inhibitor",
  "strong-cyp3a-inducer",
  "nti-cyp2c9",
  "nti-pgp",
  "cyp2d6-substrate",
  "qt-prolonging",
  "hepatotoxic",
  "stimulant",
  "seizure-threshold",
  "pigmenting",
] as const;
export type InteractionClassId = (typeof interactionClassIds)[number];

/** "info" is for a class that is not a risk at all but worth a note (rescue naloxone). */
export type Severity = "high" | "moderate" | "low" | "info";

export interface InteractionClass {
  id: InteractionClassId;
  label: string;
  severity: Severity;
  /** Why the combination matters, in one or two neutral sentences. */
  mechanism: string;
  /**
   * How the finding's evidence tier is derived from the cited references (lib/evidence/tiers.ts):
   * never typed, only lowered with a reason where the claim says less than its sources.
   */
  basis?: EvidenceBasis;
  /** Options for the clinician to weigh, never orders. */
  considerations: string[];
  citations: Citation[];
  /** Classes whose members add to CNS / respiratory depression (for the "two or more" rule). */
  cnsDepressant: boolean;
  /**
   * The finding's title when the class is not an interaction with kratom (pigmenting medicines
   * are another possible cause of a skin change); otherwise "Taken with kratom: <label>".
   */
  findingTitle?: string;
}

/** A class as written in classes/*.ts (the same shape: the tier is derived where it is used). */
export type InteractionClassData = InteractionClass;

export interface Medication {
  /** kebab-case generic name: the stored id. */
  id: string;
  generic: string;
  /** Common US, UK and EU brand names. */
  brands: string[];
  classes: InteractionClassId[];
}
