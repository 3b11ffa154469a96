import type { Citation } from "@/lib/evidence/types";

/**
 * The evidence parts an interaction class may cite ("section#anchor"). Listing them here makes
 * a typo a type error, and the tests check every class cites only these.
 */
export const citable = [
  "interactions-opioids#full-agonists",
  "interactions-opioids#partial-agonists",
  "interactions-opioids#antagonists",
  "interactions-opioids#other-opioid-receptor-drugs",
  "interactions-cns-depressants#benzodiazepines",
  "interactions-cns-depressants#gabapentinoids",
  "interactions-cns-depressants#alcohol",
  "interactions-cns-depressants#other-depressants",
  "interactions-cns-depressants#combinations",
  "interactions-serotonergic#serotonergic",
  "interactions-serotonergic#antipsychotics",
  "interactions-cyp#cyp3a",
  "interactions-cyp#narrow-therapeutic-index",
  "interactions-cyp#inhibitors-inducers",
  "interactions-cyp#narrow-index-other",
  "interactions-cyp#cyp2d6",
  "interactions-cyp#other-enzymes",
  "interactions-qt#qt-prolongation",
  "interactions-hepatotoxic#hepatotoxic-drugs",
  "interactions-stimulants#stimulants",
  "hyperpigmentation#differential",
  "liver-injury#pattern",
  "liver-injury#latency",
  "seizures-cardiac-respiratory#cardiac",
  "seizures-cardiac-respiratory#respiratory",
  "seizures-cardiac-respiratory#seizures",
  "pharmacology#cyp3a-conversion",
] as const;
export type Citable = (typeof citable)[number];

export function cite(...refs: Citable[]): Citation[] {
  return refs.map((ref) => {
    const [section, anchor] = ref.split("#");
    return { section, anchor };
  });
}
