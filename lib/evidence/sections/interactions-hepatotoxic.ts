import type { SectionData } from "../types";

export const interactionsHepatotoxicSection: SectionData = {
  id: "interactions-hepatotoxic",
  title: "Interactions: hepatotoxic drugs and alcohol",
  // Kratom liver injury itself has registry data (see liver-injury); for combinations
  // there are only case-level co-exposures.
  basis: {
    atMost: {
      tier: "case-reports",
      because:
        "No study of kratom with another liver-toxic medicine: the registry data cited are of kratom alone.",
    },
  },
  lastReviewed: "2026-11-25",
  summary:
    "Kratom can cause liver injury on its own (see the liver injury section). Alcohol and other products were often used alongside kratom in reported cases, but no study has compared liver injury with and without such co-exposure, so any added risk from hepatotoxic drugs is inferred.",
  parts: [
    {
      anchor: "hepatotoxic-drugs",
      heading: "Hepatotoxic drugs and alcohol",
      paragraphs: [
        {
          text: "A comprehensive review concludes that kratom likely causes liver injury, mostly cholestatic on histology and mixed on biochemistry, with onset typically two to three weeks after starting; a US liver-injury network series describes similar cases.",
          refs: ["R83", "R84"],
        },
        {
          text: "Co-exposure is common in the cases: all eight patients in a liver-injury network abstract used alcohol, and two LiverTox reference cases had also used kava and ma huang, or venlafaxine and psilocybin.",
          refs: ["R87", "R85"],
        },
        {
          text: "No study has measured whether hepatotoxic medicines or alcohol increase the risk or severity of kratom-associated liver injury.",
          refs: [],
        },
      ],
    },
  ],
  unknowns: [
    "Whether hepatotoxic drugs or alcohol add to the liver risk of kratom is unknown.",
    "Whether kratom changes the metabolism of hepatotoxic drugs in a way that raises their toxicity is unknown.",
  ],
};
