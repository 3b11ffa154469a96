import { normalizeName } from "./normalize";

/**
 * Words clinicians type for a group of medicines rather than one ("benzos", "blood thinners").
 * Read as a medicine they met the nearest name by spelling: "benzo" offered benzonatate, a cough
 * medicine, in place of a benzodiazepine. A group word is said to be a group, never guessed at.
 */
const GROUPS: Record<string, readonly string[]> = {
  benzodiazepines: ["benzo", "benzos", "benzodiazepine", "benzodiazepines"],
  opioids: ["opioid", "opioids", "opiate", "opiates", "narcotic", "narcotics"],
  "pain medicines": ["painkiller", "painkillers", "pain killers", "pain meds", "pain medication"],
  antidepressants: ["antidepressant", "antidepressants", "ssri", "ssris", "snri", "snris"],
  antipsychotics: ["antipsychotic", "antipsychotics"],
  "sleeping tablets": [
    "sleeping pill",
    "sleeping pills",
    "sleeping tablets",
    "sleep aid",
    "sleep aids",
  ],
  "muscle relaxants": ["muscle relaxant", "muscle relaxants"],
  anticoagulants: ["blood thinner", "blood thinners", "anticoagulant", "anticoagulants"],
  stimulants: ["stimulant", "stimulants", "adhd medication", "adhd meds"],
  "anti-inflammatory painkillers (NSAIDs)": [
    "nsaid",
    "nsaids",
    "anti inflammatory",
    "anti inflammatories",
  ],
  antihistamines: ["antihistamine", "antihistamines"],
  steroids: ["steroid", "steroids"],
  "supplements or herbal products": ["supplement", "supplements", "herbal", "herbals", "vitamins"],
  gabapentinoids: ["gabapentinoid", "gabapentinoids"],
};

const groupOf = new Map(
  Object.entries(GROUPS).flatMap(([group, words]) => words.map((w) => [normalizeName(w), group])),
);

/** The group a free-text entry names ("benzos" -> "benzodiazepines"), or undefined. */
export function medicineGroupNamed(text: string): string | undefined {
  return groupOf.get(normalizeName(text));
}
