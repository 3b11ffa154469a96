import { med } from "./med";

/**
 * Supplements and herbal products taken for joints, sleep, mood or energy. The liver tag follows
 * standard hepatotoxicity knowledge (the NIH LiverTox monographs and their published case series:
 * ../shared/evidence/clinical-evidence.md has no section on these products, it names kava only as
 * a co-used product in a kratom case). Products with no consistent liver-injury signal are untagged.
 */
export const supplements = [
  // Joint supplements
  // Turmeric/curcumin: LiverTox describes a distinctive hepatocellular injury, with case series
  // since 2019 (many in carriers of HLA-B*35:01), often with absorption-enhanced formulations.
  med("turmeric", [], ["liver"]),
  // Green-tea extract (concentrated catechins, EGCG): LiverTox documents well over 100 cases of
  // acute hepatitis; the US Pharmacopeia added a label warning. Brewed tea is not implicated.
  med("green tea extract", [], ["liver"]),
  // Ashwagandha: LiverTox and published case series describe cholestatic hepatitis.
  med("ashwagandha", ["KSM-66", "Sensoril"], ["liver"]),
  // Chondroitin and boswellia: no consistent liver-injury signal in LiverTox.
  med("chondroitin", []),
  med("glucosamine/chondroitin", ["Cosamin DS", "Osteo Bi-Flex", "Move Free", "Flexiseq"]),
  med("boswellia", []),
  med("methylsulfonylmethane", []),
  med("omega-3 fatty acids", ["Lovaza", "Omacor", "Vascepa"]),
  med("devils claw", []),
  med("collagen", []),
  med("ginger", []),

  // Sleep, mood and energy
  // Valerian: isolated LiverTox cases, and a sedative.
  med("valerian", [], ["liver", "cns"]),
  // Black cohosh, comfrey (pyrrolizidine alkaloids), chaparral and garcinia cambogia: LiverTox
  // case series of hepatitis, some severe.
  med("black cohosh", ["Remifemin"], ["liver"]),
  med("comfrey", [], ["liver"]),
  med("chaparral", [], ["liver"]),
  med("garcinia cambogia", [], ["liver"]),
  // 5-HTP and SAMe raise serotonin; serotonin syndrome has been reported with other serotonergic drugs.
  med("5-hydroxytryptophan", [], ["sero"]),
  med("S-adenosylmethionine", [], ["sero"]),
  // Phenibut (a GABA-B agonist) and tianeptine (a mu-opioid agonist) are sold beside kratom and
  // co-used with it; tianeptine products have been linked to opioid-like overdoses.
  med("phenibut", [], ["cns"]),
  med("tianeptine", ["Stablon", "Coaxil", "ZaZa", "Tianaa"], ["opioid"]),
  // Red yeast rice contains monacolin K, which is lovastatin, a CYP3A substrate.
  med("red yeast rice", [], ["cyp3a"]),
  // High-dose (especially sustained-release) niacin is a recognised cause of liver injury.
  med("niacin", ["Niaspan", "Niacor"], ["liver"]),
  med("ginkgo", ["Ginkgold"]),
  med("ginseng", []),
  med("milk thistle", ["Legalon"]),
  med("magnesium", []),
];
