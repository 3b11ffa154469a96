import type { InteractionClassId, Medication } from "../types";

/**
 * Short tags so each vocabulary entry fits on one readable line. Each maps to exactly one
 * interaction class; "alcohol" has no tag because alcohol is a co-used substance asked about in
 * the use-pattern step, not a medicine in the vocabulary.
 */
export const tag = {
  opioid: "full-opioid-agonist",
  partial: "partial-opioid-agonist",
  // Maintenance antagonists only (naltrexone and its combinations, samidorphan, nalmefene tablets).
  antagonist: "opioid-antagonist",
  mixed: "mixed-agonist-antagonist",
  peripheral: "peripheral-opioid-antagonist",
  // Naloxone and nalmefene carried or given for overdose reversal: not an interaction risk.
  rescue: "rescue-opioid-antagonist",
  benzo: "benzodiazepine-z-drug",
  barb: "barbiturate-oxybate",
  gaba: "gabapentinoid",
  cns: "other-cns-depressant",
  sero: "serotonergic",
  antipsychotic: "antipsychotic",
  cyp3a: "cyp3a-substrate",
  // Narrow-index CYP3A substrates carry only this tag: it implies "cyp3a" and the rule for it
  // says more, so the clinician is not shown two findings about the same mechanism.
  nti: "cyp3a-substrate-nti",
  // Strong inhibitors and inducers change kratom's own exposure (not the other medicine's).
  cyp3aInhibitor: "strong-cyp3a-inhibitor",
  cyp3aInducer: "strong-cyp3a-inducer",
  ntiCyp2c9: "nti-cyp2c9",
  ntiPgp: "nti-pgp",
  cyp2d6: "cyp2d6-substrate",
  qt: "qt-prolonging",
  liver: "hepatotoxic",
  stimulant: "stimulant",
  seizure: "seizure-threshold",
  pigment: "pigmenting",
} as const satisfies Record<string, Exclude<InteractionClassId, "alcohol">>;
export type Tag = keyof typeof tag;

/**
 * The stored id of a generic name: lower case, accents and apostrophes dropped, everything else
 * that is not a letter or digit turned into single hyphens ("St John's wort" -> "st-johns-wort",
 * "buprenorphine/naloxone" -> "buprenorphine-naloxone").
 */
export function toId(generic: string): string {
  return generic
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * One vocabulary entry. The id is derived from the generic name and stored with every
 * assessment, so a generic name must not be respelled once shipped (add an other name instead,
 * see other-names.ts).
 */
export function med(generic: string, brands: string[] = [], tags: Tag[] = []): Medication {
  return { id: toId(generic), generic, brands, classes: tags.map((t) => tag[t]) };
}
