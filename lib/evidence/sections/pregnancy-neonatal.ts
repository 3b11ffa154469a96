import type { SectionData } from "../types";

export const pregnancyNeonatalSection: SectionData = {
  id: "pregnancy-neonatal",
  title: "Pregnancy, neonatal withdrawal and breastfeeding",
  basis: {
    atMost: {
      tier: "case-reports",
      because:
        "Neonatal withdrawal is known from case reports; the poison-centre figures cited count exposures, not outcomes.",
    },
  },
  lastReviewed: "2026-11-25",
  summary:
    "Neonatal abstinence syndrome after maternal kratom use is described in case reports and in poison-centre data. Standard urine drug screens missed kratom in some of these cases. There are no data on breastfeeding, and other pregnancy outcomes are unknown.",
  parts: [
    {
      anchor: "neonatal-abstinence",
      heading: "Neonatal abstinence syndrome",
      paragraphs: [
        {
          text: "Case reports describe neonatal abstinence syndrome after maternal kratom use: after daily kratom tea used by the mother to self-treat opioid dependence; a moderately severe case treated with oral morphine, with 12 days in neonatal intensive care and morphine stopped after 2 months; and signs on the first day of life, managed with clonidine.",
          refs: ["R102", "R103", "R104"],
        },
        {
          text: "In one report kratom was undetectable on standard urine screens, and in another the signs appeared despite a negative maternal urine drug screen; routine urine drug screens do not detect kratom, so exposure may come to light only by asking.",
          refs: ["R103", "R104", "R99"],
        },
        {
          text: "US poison centres recorded 7 neonatal kratom exposures in 2011–2017, 5 of them with withdrawal.",
          refs: ["R72"],
        },
      ],
    },
    {
      anchor: "breastfeeding",
      heading: "Breastfeeding",
      paragraphs: [
        {
          text: "No data were found on kratom in breast milk or in breastfed infants; transfer into milk and effects on the infant are unknown.",
          refs: [],
        },
      ],
    },
  ],
  unknowns: [
    "How often neonatal abstinence syndrome follows kratom use in pregnancy is unknown.",
    "Effects of kratom on other pregnancy outcomes are unknown.",
    "Transfer of kratom alkaloids into breast milk and effects on breastfed infants: no data.",
  ],
};
