import type { SectionData } from "../types";

export const interactionsCypSection: SectionData = {
  id: "interactions-cyp",
  title: "Interactions: drug-metabolising enzymes (CYP3A, CYP2D6 and others)",
  // One clinical pharmacokinetic study (single 2 g dose, 12 healthy adults); the
  // CYP2D6 and other-enzyme findings are laboratory-only, as the text says.
  lastReviewed: "2026-12-04",
  summary:
    "In a clinical study, a single 2 g serving of kratom tea raised exposure to the CYP3A probe midazolam by about 40% on average but did not change the CYP2D6 probe dextromethorphan. Strong CYP2D6 inhibition has been seen only in the laboratory. Effects of regular or high-dose use are unknown.",
  parts: [
    {
      anchor: "cyp3a",
      heading: "CYP3A",
      paragraphs: [
        {
          text: "In 12 healthy adults, a single 2 g serving of kratom tea increased midazolam AUC (geometric mean ratio 1.39, 90% CI 1.23–1.57) and Cmax (1.50, 90% CI 1.32–1.70) without changing its half-life, which points mainly to inhibition of CYP3A in the intestine. The authors caution that serious interactions could follow when kratom is combined with drugs that depend heavily on CYP3A for their metabolism.",
          refs: ["R10"],
        },
        {
          text: "In human liver and intestinal microsomes, mitragynine was a time-dependent CYP3A inhibitor (IC50 shifting from about 20 to 3 µM; KI about 4 µM). A static model built on these data predicted a 5.69-fold rise in midazolam AUC after 2 g of kratom, far more than the clinical study later observed. A review's model flagged intestinal CYP3A and P-glycoprotein as likely sites of interaction.",
          refs: ["R11", "R10", "R9"],
        },
        {
          text: "In the other direction, the CYP3A inhibitor ketoconazole increased mitragynine and 7-OH exposure and potency in rats.",
          refs: ["R15"],
        },
        {
          text: "Between them, CYP3A4 and CYP2D6 handle the metabolism of more than half of marketed drugs; several opioids, benzodiazepines and antidepressants are among them.",
          refs: ["R17"],
        },
      ],
    },
    {
      anchor: "narrow-therapeutic-index",
      heading: "CYP3A substrates with a narrow therapeutic index",
      paragraphs: [
        {
          text: "No study or case report involving a narrow-therapeutic-index CYP3A substrate with kratom was found. The concern is an extrapolation: a single low dose raised midazolam exposure by 39% on average, a change that can matter for drugs whose effective and toxic concentrations lie close together. Exposure changes after regular or higher-dose use were not studied.",
          refs: ["R10"],
        },
        {
          text: "The laboratory-based model predicted a much larger effect (5.69-fold for midazolam), and the size of the effect at higher or repeated intakes is unknown.",
          refs: ["R11"],
        },
      ],
    },
    {
      anchor: "inhibitors-inducers",
      heading: "Strong CYP3A inhibitors and inducers: effects on kratom itself (animal data)",
      paragraphs: [
        {
          text: "CYP3A converts mitragynine to 7-OH. In rats, the strong CYP3A inhibitor ketoconazole raised mitragynine exposure by 120% and 7-OH exposure by 130%, and made both more potent in a morphine-discrimination test. In mice, ketoconazole reduced mitragynine's effects on breathing and pain but not those of 7-OH.",
          refs: ["R15", "R3"],
        },
        {
          text: "No study of kratom with a CYP3A inducer (such as rifampicin, carbamazepine, phenytoin or St John's wort) was found, and no human study of a strong inhibitor with kratom; the net effect in people is unknown.",
          refs: [],
        },
      ],
    },
    {
      anchor: "narrow-index-other",
      heading:
        "Narrow-therapeutic-index CYP2C9 and P-glycoprotein substrates (laboratory data only)",
      paragraphs: [
        {
          text: "Mitragynine inhibited CYP2C9 with recombinant enzymes (IC50 9.70 µM), and a summary of in-vitro data reports slight CYP2C9 inhibition and inhibition of P-glycoprotein. A review's static model gave a P-glycoprotein IC50 of 18.2 µM and flagged intestinal P-glycoprotein as a likely interaction site.",
          refs: ["R13", "R14", "R9"],
        },
        {
          text: "No clinical study or case report of kratom with warfarin, phenytoin, digoxin or dabigatran was found; whether these laboratory signals matter in people is unknown.",
          refs: [],
        },
      ],
    },
    {
      anchor: "cyp2d6",
      heading: "CYP2D6 (laboratory data only)",
      paragraphs: [
        {
          text: "In the laboratory, kratom alkaloids inhibit CYP2D6 strongly: an alkaloid extract inhibited it competitively (IC50 0.636 µg/mL), mitragynine was a strong competitive inhibitor in human liver microsomes (Ki 1.17 µM), and CYP2D6 was the enzyme most inhibited by mitragynine in a recombinant-enzyme study. A review's static model flagged hepatic CYP2D6 as a likely interaction site.",
          refs: ["R12", "R11", "R13", "R9"],
        },
        {
          text: "In the only clinical study, a single 2 g serving of kratom tea did not change exposure to dextromethorphan, a CYP2D6 probe (AUC ratio 0.99), in line with a laboratory-based prediction of a 1.06-fold change. CYP2D6 inhibition is therefore a laboratory finding; whether regular or high-dose use inhibits CYP2D6 in people is unknown.",
          refs: ["R10", "R11"],
        },
      ],
    },
    {
      anchor: "other-enzymes",
      heading: "Other enzymes and transporters",
      paragraphs: [
        {
          text: "An alkaloid extract moderately inhibited CYP1A2 (IC50 39 µg/mL) and only weakly CYP2C19 (under 50% inhibition). With recombinant enzymes, mitragynine inhibited CYP2C9 (IC50 9.70 µM) and CYP3A4 (IC50 41.32 µM).",
          refs: ["R12", "R13"],
        },
        {
          text: "A summary of in-vitro data reports slight inhibition of CYP2C9, UGT1A1 and UGT2B7, inhibition of CYP3A4 and P-glycoprotein, no significant CYP2C19 inhibition by kratom extract, possible CYP1A2 induction on contradictory evidence, and strong inhibition of intestinal UGT by extracts.",
          refs: ["R14"],
        },
        {
          text: "In a review's static model, mitragynine IC50 values were 10.5 µM for CYP2C19, 33.5 µM for CYP2C8, 39.7 µM for CYP2C9, above 45 µM for CYP1A2 and 18.2 µM for P-glycoprotein; the model also flagged CYP2C19 (hepatic ratio 1.04). None of these enzymes has been studied clinically.",
          refs: ["R9"],
        },
      ],
    },
  ],
  unknowns: [
    "Clinical data cover one single 2 g dose in 12 healthy adults; effects of regular, high-dose or concentrated-product use on CYP3A and CYP2D6 are unknown.",
    "No case report or study of kratom with a narrow-therapeutic-index CYP3A drug was found.",
    "The clinical relevance of CYP2C19, CYP1A2, CYP2C9, UGT and P-glycoprotein findings is unknown; the laboratory data conflict.",
  ],
};
