import type { SectionData } from "../types";

export const interactionsCnsDepressantsSection: SectionData = {
  id: "interactions-cns-depressants",
  title: "Interactions: benzodiazepines, gabapentinoids, alcohol and other CNS depressants",
  // No study measured a combination; the evidence is case reports and co-detection.
  lastReviewed: "2026-12-04",
  summary:
    "No study has measured the combined effect of kratom with benzodiazepines, gabapentinoids, alcohol or other sedating drugs. These substances appear alongside kratom in case reports of seizures and in deaths, and poison-centre exposures involving several substances had worse outcomes than kratom alone. The size of any added risk is unknown.",
  parts: [
    {
      anchor: "benzodiazepines",
      heading: "Benzodiazepines",
      paragraphs: [
        {
          text: "A new-onset generalised tonic-clonic seizure requiring intubation followed the combined use of wine, a benzodiazepine and kratom.",
          refs: ["R98"],
        },
        {
          text: "In a county coroner series, one of the four opioid overdose deaths with mitragynine detected involved benzodiazepines and psychiatric medicines, without fentanyl.",
          refs: ["R76"],
        },
        {
          text: "A commentary by industry-affiliated authors observes that most deaths in which kratom was found were attributed to other drugs, among them fentanyl, heroin, benzodiazepines, prescription opioids and cocaine.",
          refs: ["R75"],
        },
      ],
    },
    {
      anchor: "gabapentinoids",
      heading: "Gabapentinoids",
      paragraphs: [
        {
          text: "No kratom-specific data on gabapentinoids were found. Any concern is inferred from kratom's opioid activity: 7-OH depressed breathing in proportion to dose in mice, and kratom ingestion has caused an opioid toxidrome reversed by naloxone.",
          refs: ["R3", "R80"],
        },
        {
          text: "A general FDA warning to monitor for breathing depression when gabapentinoids are given with opioids or other CNS depressants was seen only as quoted by a secondary source; the regulator's own text was not seen, so the project does not rest any finding on it.",
          refs: [],
        },
      ],
    },
    {
      anchor: "alcohol",
      heading: "Alcohol",
      paragraphs: [
        {
          text: "Alcohol recurs in serious events with kratom: ethanol was frequently co-detected in Thai autopsies with mitragynine present, all eight patients in a liver-injury network abstract used alcohol, and wine was part of the seizure case above.",
          refs: ["R130", "R87", "R98"],
        },
        {
          text: "No study has examined whether alcohol changes kratom absorption or effects.",
          refs: [],
        },
      ],
    },
    {
      anchor: "other-depressants",
      heading: "Sedating antihistamines, antipsychotics and other depressants",
      paragraphs: [
        {
          text: "Four of 11 young Malaysian adults with seizures after kratom beverages had mixed kratom with diphenhydramine syrup, and antihistamines were among the drugs most often co-detected in Thai autopsies with mitragynine present.",
          refs: ["R97", "R130"],
        },
        {
          text: "A death with mitragynine in peripheral blood (0.23 mg/L) also involved venlafaxine, diphenhydramine and mirtazapine, reported at therapeutic levels.",
          refs: ["R67"],
        },
        {
          text: "A 27-year-old was found dead with a toxic blood concentration of quetiapine together with mitragynine, after hyperthermia and seizure-like activity; the authors discuss inhibition of CYP enzymes by kratom as a possible reason for the high quetiapine exposure.",
          refs: ["R60"],
        },
        {
          text: "A 64-year-old with regular kratom use who was also on amitriptyline and oxycodone was found seizing and comatose after a tea of kratom and Datura stramonium.",
          refs: ["R68"],
        },
      ],
    },
    {
      anchor: "combinations",
      heading: "Several depressants together",
      paragraphs: [
        {
          text: "Kratom exposures reported to US poison centres that involved other substances had higher odds of admission to a health-care facility (OR 2.80) and of a serious outcome (OR 2.25) than kratom-only exposures.",
          refs: ["R72"],
        },
        {
          text: "Several substances are usually present in deaths: 87% of 156 deaths reviewed worldwide and 93% of 551 Florida decedents with mitragynine detected. A narrative review notes that polysubstance use, adulteration and herb–drug interactions make harms hard to attribute.",
          refs: ["R74", "R77", "R82"],
        },
        {
          text: "The risk of combining kratom with two or more CNS depressants, for example a benzodiazepine and a gabapentinoid, has not been quantified; specific fold-increases in overdose risk circulating online were not found in any study.",
          refs: [],
        },
      ],
    },
  ],
  unknowns: [
    "The combined respiratory-depression risk of kratom with benzodiazepines or gabapentinoids has not been quantified.",
    "There are no kratom-specific data for gabapentinoids; a general FDA warning on gabapentinoids with other respiratory depressants was seen only as quoted by a secondary source.",
    "Whether alcohol increases kratom absorption or effects is unknown.",
    "Co-detection in deaths does not show which substance caused harm.",
  ],
};
