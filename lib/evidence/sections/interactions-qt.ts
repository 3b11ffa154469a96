import type { SectionData } from "../types";

export const interactionsQtSection: SectionData = {
  id: "interactions-qt",
  title: "Interactions: QT-prolonging drugs",
  // Human QTc data come from a small case series and a review of a clinical study;
  // no report of kratom combined with a QT-prolonging drug exists, so the
  // interaction itself is theoretical (said in the text).
  lastReviewed: "2026-11-25",
  summary:
    "Mitragynine blocks the hERG potassium channel in the laboratory, and longer QTc has been associated with higher mitragynine levels in regular users. No report of kratom combined with another QT-prolonging drug was found, so the interaction is theoretical.",
  parts: [
    {
      anchor: "qt-prolongation",
      heading: "QT prolongation",
      paragraphs: [
        {
          text: "Mitragynine inhibited hERG potassium channels in vitro (IC50 1.62 µM in HEK293 cells and 1.15 µM in oocytes).",
          refs: ["R16"],
        },
        {
          text: "In 9 regular users in Malaysia without other substance use, a prolonged QTc was associated with higher serum mitragynine, while echocardiography was largely normal.",
          refs: ["R94"],
        },
        {
          text: "A comprehensive review describes in-vitro evidence of QTc prolongation and torsades de pointes risk, a clinical study in which QTc rose with dose but no torsades occurred, and case reports of ventricular arrhythmia or cardiopulmonary arrest in which co-ingested substances may have played a part.",
          refs: ["R93"],
        },
        {
          text: "No case report of kratom combined with a QT-prolonging medicine was found; whether the effects add up, and by how much, is unknown.",
          refs: [],
        },
      ],
    },
  ],
  unknowns: [
    "No report of kratom with a QT-prolonging drug; the size of any additive effect is unknown.",
    "The amount of kratom or serum mitragynine level at which QTc changes become clinically relevant is not established.",
    "Whether kratom causes arrhythmias without co-ingested substances is unclear.",
  ],
};
