import type { Citation, EvidenceStrength } from "@/lib/evidence/types";

export const interactionClassIds = [
  "full-opioid-agonist",
  "partial-opioid-agonist",
  "opioid-antagonist",
  "benzodiazepine-z-drug",
  "gabapentinoid",
  "other-cns-depressant",
  "alcohol",
  "serotonergic",
  "antipsychotic",
  "cyp3a-substrate",
  "cyp3a-substrate-nti",
  "cyp2d6-substrate",
  "qt-prolonging",
  "hepatotoxic",
  "stimulant",
  "pigmenting",
] as const;
export type InteractionClassId = (typeof interactionClassIds)[number];

export type Severity = "high" | "moderate" | "low";

export interface InteractionClass {
  id: InteractionClassId;
  label: string;
  severity: Severity;
  /** Why the combination matters, in one or two neutral sentences. */
  mechanism: string;
  strength: EvidenceStrength;
  /** Options for the clinician to weigh, never orders. */
  considerations: string[];
  citations: Citation[];
  /** Classes whose members add to CNS / respiratory depression (for the "two or more" rule). */
  cnsDepressant: boolean;
}

export interface Medication {
  /** kebab-case generic name: the stored id. */
  id: string;
  generic: string;
  /** Common US, UK and EU brand names. */
  brands: string[];
  classes: InteractionClassId[];
}
