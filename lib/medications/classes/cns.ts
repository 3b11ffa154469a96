import type { InteractionClassData } from "../types";
import { cite } from "./cite";

export const cnsClasses: InteractionClassData[] = [
  {
    id: "benzodiazepine-z-drug",
    label: "Benzodiazepines and Z-drugs",
    severity: "high",
    mechanism:
      "Benzodiazepines and Z-drugs add sedation and may add to breathing depression from kratom's opioid activity. A new-onset generalised seizure needing intubation followed wine, a benzodiazepine and kratom, and benzodiazepines appear among the other drugs in deaths with kratom detected. The added risk has not been quantified; no kratom-specific data were found for Z-drugs, which are included because they act on the same receptor as benzodiazepines.",
    basis: {
      atMost: {
        tier: "case-reports",
        because:
          "The combination is known from case reports; the registry and poison-centre figures cited are about kratom overall.",
      },
    },
    considerations: [
      "May warrant closer attention to sedation and slowed breathing, especially with opioids, gabapentinoids or alcohol.",
      "Consider reviewing the indication for and duration of the benzodiazepine or Z-drug with its prescriber.",
      "Consider the CYP3A finding too for members mainly cleared by CYP3A (e.g., midazolam, alprazolam, triazolam).",
    ],
    citations: cite(
      "interactions-cns-depressants#benzodiazepines",
      "interactions-cns-depressants#combinations",
    ),
    cnsDepressant: true,
  },
  {
    id: "barbiturate-oxybate",
    label: "Barbiturates and sodium oxybate",
    severity: "high",
    mechanism:
      "No kratom-specific interaction data were found; the concern is inferred. Barbiturates and sodium oxybate are strong CNS depressants, ranked here with benzodiazepines: their sedation and breathing depression may add to kratom's opioid activity, and benzodiazepines, the closest class with kratom data, appear in a seizure case needing intubation and in deaths with kratom detected.",
    basis: {
      atMost: {
        tier: "extrapolated",
        because:
          "No report of kratom with a barbiturate or oxybate: inferred from other sedating medicines.",
      },
    },
    considerations: [
      "May warrant closer attention to sedation and slowed breathing, especially with opioids, benzodiazepines, gabapentinoids or alcohol.",
      "Consider reviewing the indication for the barbiturate or sodium oxybate with its prescriber, including combination pain products that contain butalbital.",
    ],
    citations: cite(
      "interactions-cns-depressants#other-depressants",
      "interactions-cns-depressants#benzodiazepines",
      "interactions-cns-depressants#combinations",
    ),
    cnsDepressant: true,
  },
  {
    id: "gabapentinoid",
    label: "Gabapentinoids",
    severity: "moderate",
    mechanism:
      "No kratom-specific interaction data were found; the concern is inferred. Gabapentinoids cause sedation, a general FDA warning on breathing depression when they are combined with opioids or other CNS depressants was seen only through a secondary source, and kratom has opioid activity: 7-hydroxymitragynine depressed breathing in proportion to dose in mice, and kratom has caused an opioid toxidrome.",
    basis: {
      atMost: {
        tier: "expert-opinion",
        because:
          "No kratom-specific data: a general warning on gabapentinoids with other respiratory depressants.",
      },
    },
    considerations: [
      "May warrant asking about daytime sleepiness, falls and breathing pauses during sleep.",
      "Consider whether other sedating medicines or alcohol are also taken, since the concern rests on the combined effect.",
      "Consider reviewing the indication for the gabapentinoid with its prescriber, particularly if it was started for the same pain kratom is used for.",
    ],
    citations: cite(
      "interactions-cns-depressants#gabapentinoids",
      "interactions-cns-depressants#combinations",
    ),
    cnsDepressant: true,
  },
  {
    id: "other-cns-depressant",
    label: "Other sedating medicines (antihistamines, muscle relaxants and others)",
    severity: "moderate",
    mechanism:
      "These medicines add sedation. Diphenhydramine has the most kratom-specific data: 4 of 11 young Malaysian adults with seizures after kratom had mixed it with diphenhydramine syrup, a death with mitragynine also involved diphenhydramine, mirtazapine and venlafaxine at therapeutic levels, and antihistamines were often co-detected in Thai autopsies. No kratom-specific data were found for muscle relaxants and the other members; the concern is inferred from added sedation.",
    basis: {
      atMost: {
        tier: "case-reports",
        because:
          "The combination is known from case reports; the registry and poison-centre figures cited are about kratom overall.",
      },
    },
    considerations: [
      "Consider asking about over-the-counter sleep aids and allergy, travel-sickness or cough products that contain sedating antihistamines.",
      "May warrant closer attention to sedation, especially with opioids, benzodiazepines, gabapentinoids or alcohol.",
      "Consider the seizure reports with kratom and diphenhydramine when reviewing any seizure history.",
    ],
    citations: cite(
      "interactions-cns-depressants#other-depressants",
      "interactions-cns-depressants#combinations",
      "seizures-cardiac-respiratory#seizures",
    ),
    cnsDepressant: true,
  },
  {
    // A co-used substance, asked about in the use-pattern step; no vocabulary medicine has it.
    id: "alcohol",
    label: "Alcohol",
    severity: "moderate",
    mechanism:
      "Alcohol adds sedation and recurs in serious events with kratom: all eight patients in a liver-injury network abstract used alcohol, wine was part of a seizure case needing intubation, and ethanol was often co-detected in Thai autopsies with mitragynine present. Whether alcohol changes kratom absorption or effects is unknown.",
    basis: {
      atMost: {
        tier: "case-reports",
        because:
          "The combination is known from case reports; the registry and poison-centre figures cited are about kratom overall.",
      },
    },
    considerations: [
      "Consider asking about the amount and pattern of drinking alongside kratom use.",
      "May warrant attention to liver symptoms (jaundice, dark urine, itching, abdominal discomfort) where both are used regularly.",
      "May warrant closer attention to sedation when sedating medicines are also taken.",
    ],
    citations: cite(
      "interactions-cns-depressants#alcohol",
      "interactions-cns-depressants#combinations",
      "liver-injury#pattern",
    ),
    cnsDepressant: true,
  },
];
