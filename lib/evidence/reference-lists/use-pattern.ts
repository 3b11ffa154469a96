import type { Reference } from "../types";

/**
 * R18–R25, "Use pattern / dose / products" in ../shared/evidence/clinical-evidence.md.
 * Citation text and address copied from the file; do not edit by hand without checking it there.
 */
export const usePatternReferences: Reference[] = [
  {
    id: "R18",
    citation:
      '(Letter "To the Editor"; author page of Xuan Wang, MD; journal not shown — MDedge, Cutis-style letter; year not shown, ≥2023.) Rare Case of Photodistributed Hyperpigmentation Linked to Kratom Consumption.',
    url: "https://mdedge9-ma1.mdedge.com/authors/xuan-wang-md",
    secondary: false,
    studyType: "case",
  },
  {
    // Tagged "[sec: drug-information FAQ]" where the file cites it (section 2), not in its reference entry.
    id: "R19",
    citation:
      "University of Illinois Chicago Drug Information Group. What data exists on the use of buprenorphine and buprenorphine-naloxone for the treatment of kratom withdrawal? (FAQ, Aug 2023).",
    url: "https://dig.pharmacy.uic.edu/faqs/2023-2/august-2023-faqs/what-data-exists-on-the-use-of-buprenorphine-and-buprenorphine-naloxone-for-the-treatment-of-kratom-withdrawal",
    secondary: true,
    studyType: "review",
  },
  {
    id: "R20",
    citation:
      "(Title/authors not shown; ASL Roma 2 / University of Hertfordshire et al.) Case report: kratom use, persistent anxiety/dysphoria, response to clomipramine. Front Psychiatry 2021. doi:10.3389/fpsyt.2021.640218; PMC8044355.",
    url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC8044355",
    secondary: false,
    studyType: "case",
  },
  {
    id: "R21",
    citation:
      "Palungwachira P, Yeh M, Whitworth B, Rushton W, Kazzi Z. Clinical Characteristics of Kratom Exposures Reported to the Georgia and Alabama Poison Control Centers from 2016–2020: A Retrospective Review. J Drug Alcohol Res. 2022;11(2). doi:10.4303/jdar/236162.",
    url: "https://www.ashdin.com/articles/clinical-characteristics-of-kratom-exposures-reported-to-the-georgia-and-alabama-poison-control-centers-from-20162020-a-retrospect-91100.html",
    secondary: false,
    studyType: "cohort-registry",
  },
  {
    id: "R22",
    citation:
      "Garcia-Romeu A, Cox DJ, Smith KE, Dunn KE, Griffiths RR. Kratom (Mitragyna speciosa): User demographics, use patterns, and implications for the opioid epidemic. Drug Alcohol Depend. 2020;208:107849. doi:10.1016/j.drugalcdep.2020.107849; PMC7423016.",
    url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC7423016",
    secondary: false,
    studyType: "survey",
  },
  {
    id: "R23",
    citation:
      "(Authors not shown; NIDA IRP / Johns Hopkins / University of Florida.) Searching for a signal: self-reported kratom dose-effect relationships among a sample of US adults with regular kratom use histories. Front Pharmacol. 2022;13:765917. doi:10.3389/fphar.2022.765917.",
    url: "https://frontiersin.org/journals/pharmacology/articles/10.3389/fphar.2022.765917/full",
    secondary: false,
    studyType: "survey",
  },
  {
    id: "R24",
    citation:
      "(Authors not shown; University of Florida / Maastricht University.) Examining the Psychoactive Differences between Kratom Strains. Int J Environ Res Public Health. 2023;20(14):6425. doi:10.3390/ijerph20146425.",
    url: "https://cricutcom-setup.com/1660-4601/20/14/6425",
    secondary: false,
    studyType: "survey",
  },
  {
    id: "R25",
    citation: "WikEM. Kratom toxicity.",
    url: "https://www.wikem.org/wiki/Kratom_toxicity",
    secondary: true,
    studyType: "review",
  },
];
