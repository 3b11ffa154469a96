import type { SectionData } from "../types";

export const interactionsSerotonergicSection: SectionData = {
  id: "interactions-serotonergic",
  title: "Interactions: serotonergic drugs and antipsychotics",
  lastReviewed: "2026-11-25",
  summary:
    "Evidence is limited to single case reports: a possible serotonin syndrome in a patient on kratom and several serotonergic drugs, and deaths involving antidepressants or quetiapine together with mitragynine. The authors propose kratom's inhibition of drug-metabolising enzymes as a contributor; this has not been tested.",
  parts: [
    {
      anchor: "serotonergic",
      heading: "Serotonergic drugs",
      paragraphs: [
        {
          text: "A 63-year-old using kratom with bupropion, buspirone, desvenlafaxine, trazodone and ziprasidone developed a possible serotonin syndrome, with temperature up to 41.1 °C, hyperreflexia, clonus and a CK of 1507, and improved with cyproheptadine. The authors point to kratom's inhibition of CYP3A4, CYP2C9, CYP2D6 and CYP1A2 as a possible mechanism.",
          refs: ["R61"],
        },
        {
          text: "A death with mitragynine detected also involved venlafaxine and mirtazapine, with diphenhydramine, reported at therapeutic levels.",
          refs: ["R67"],
        },
        {
          text: "Mitragynine's reported antagonism at 5-HT2C and 5-HT7 receptors comes from the background of a case report; what it means for serotonergic toxicity is unknown.",
          refs: ["R63"],
        },
      ],
    },
    {
      anchor: "antipsychotics",
      heading: "Antipsychotics",
      paragraphs: [
        {
          text: "A 27-year-old died with a toxic blood level of quetiapine alongside mitragynine, after hyperthermia and seizure-like activity. The authors discuss kratom's CYP inhibition as a possible cause of the raised quetiapine exposure.",
          refs: ["R60"],
        },
        {
          text: "Ziprasidone was one of the five drugs in the possible serotonin syndrome case above.",
          refs: ["R61"],
        },
        {
          text: "Kratom has also been linked to psychiatric worsening: kratom-induced psychosis in a patient with schizophrenia, and psychiatric decompensation with psychosis after 270 kratom pills over 3 days.",
          refs: ["R100", "R101"],
        },
      ],
    },
  ],
  unknowns: [
    "No study has measured the risk of serotonin syndrome with kratom; the evidence is one case with five other agents.",
    "Whether kratom raises blood levels of antidepressants or antipsychotics in people has not been studied; the proposed enzyme mechanism rests on laboratory data.",
  ],
};
