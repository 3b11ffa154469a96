import type { SectionData } from "../types";

export const interactionsStimulantsSection: SectionData = {
  id: "interactions-stimulants",
  title: "Interactions: stimulants",
  // Nothing studies kratom with stimulants; the basis is kratom's own effects and
  // co-detection in case and autopsy data.
  basis: {
    atMost: {
      tier: "case-reports",
      because:
        "Stimulant combinations are known from case reports; the poison-centre figures cited are about kratom overall.",
    },
  },
  lastReviewed: "2026-11-25",
  summary:
    "No study or case report specifically examines kratom combined with stimulant medicines. Kratom itself is associated with agitation and tachycardia in poison-centre data, and stimulants such as amphetamine and cocaine appear alongside kratom in autopsy and case data. Any interaction is theoretical.",
  parts: [
    {
      anchor: "stimulants",
      heading: "Stimulants",
      paragraphs: [
        {
          text: "At lower amounts kratom is commonly described as stimulant-like (alertness, sociability), though no dose cut-off between stimulant and sedative effects has been defined.",
          refs: ["R18", "R20"],
        },
        {
          text: "Agitation or irritability (22.9%) and tachycardia (21.4%) were common effects in kratom exposures reported to US poison centres in 2011–2017.",
          refs: ["R72"],
        },
        {
          text: "Amphetamine was among the substances frequently co-detected in Thai autopsies with mitragynine present. A 35-year-old needed intubation and dialysis for shock after heavy kratom use together with injected heroin and cocaine.",
          refs: ["R130", "R81"],
        },
        {
          text: "Kratom's cardiac effects (QTc prolongation associated with mitragynine levels, hERG blockade in vitro) are described in the QT section; mitragynine also has alpha-2 adrenergic activity in laboratory studies.",
          refs: ["R94", "R16", "R5"],
        },
        {
          text: "No study or case report of kratom combined with prescribed stimulants was found.",
          refs: [],
        },
      ],
    },
  ],
  unknowns: [
    "Interaction with prescribed stimulants has not been studied.",
    "Whether stimulants add to kratom-associated tachycardia, agitation or seizures is unknown.",
  ],
};
