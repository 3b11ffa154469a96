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
  "tricyclic antidepressants": ["tca", "tcas", "tricyclic", "tricyclics"],
  "MAO inhibitors": ["maoi", "maois", "mao inhibitor", "mao inhibitors"],
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
  "Z-drugs": ["z drug", "z drugs"],
  "anticonvulsants (antiepileptics)": [
    "anticonvulsant",
    "anticonvulsants",
    "antiepileptic",
    "antiepileptics",
    "aed",
    "aeds",
  ],
  "proton pump inhibitors": ["ppi", "ppis"],
  statins: ["statins"],
  "ACE inhibitors": ["ace inhibitor", "ace inhibitors", "acei"],
  "angiotensin receptor blockers": ["arb", "arbs"],
  "beta blockers": ["beta blocker", "beta blockers"],
  "calcium channel blockers": [
    "ccb",
    "ccbs",
    "calcium channel blocker",
    "calcium channel blockers",
  ],
  diuretics: ["diuretic", "diuretics", "water pill", "water pills", "water tablets"],
  "blood pressure medicines": ["blood pressure pills", "blood pressure meds", "bp meds"],
  "DMARDs and biologics": ["dmard", "dmards", "biologic", "biologics"],
  "direct oral anticoagulants": ["doac", "doacs", "noac", "noacs"],
  triptans: ["triptans"],
  bisphosphonates: ["bisphosphonate", "bisphosphonates"],
  antibiotics: ["antibiotic", "antibiotics"],
  "sedatives and hypnotics": ["sedative", "sedatives", "hypnotic", "hypnotics", "tranquilizers"],
  laxatives: ["laxative", "laxatives"],
  "hormonal contraceptives": ["birth control", "ocp", "ocps", "the pill", "contraceptive pill"],
  "hormone replacement therapy": ["hrt"],
  inhalers: ["inhaler", "inhalers"],
  insulins: ["insulin", "insulins"],
  // Cannabis is asked about with the other co-used substances (use-pattern step); CBD and the
  // cannabinoid medicines (dronabinol, nabilone) are in the vocabulary by name.
  "cannabis products": [
    "cannabis",
    "marijuana",
    "marihuana",
    "weed",
    "thc",
    "delta 8",
    "delta 8 thc",
  ],
};

const groupOf = new Map(
  Object.entries(GROUPS).flatMap(([group, words]) => words.map((w) => [normalizeName(w), group])),
);

/** The group a free-text entry names ("benzos" -> "benzodiazepines"), or undefined. */
export function medicineGroupNamed(text: string): string | undefined {
  return groupOf.get(normalizeName(text));
}
