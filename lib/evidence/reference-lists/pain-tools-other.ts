import type { Reference } from "../types";

/**
 * R118–R130, "Pain; Generic screening tools; Other" in ../shared/evidence/clinical-evidence.md.
 * Citation text and address copied from the file; do not edit by hand without checking it there.
 */
export const painToolsOtherReferences: Reference[] = [
  {
    id: "R118",
    citation:
      "Vicknasingam B, Chooi WT, Rahim AA, Ramachandran D, Ramanathan S, Singh D, Zainal H, Chawarski MC. Kratom and Pain Tolerance: A Randomized, Placebo-Controlled, Double-Blind Study. Yale J Biol Med. 2020;93(2):229–238. PMID 32607084; PMC7309661.",
    url: "https://pubmed.ncbi.nlm.nih.gov/32607084/",
    secondary: false,
    studyType: "trial",
  },
  {
    id: "R119",
    citation:
      "Mun CJ, Panlilio LV, Dunn KE, Thrul J, McCurdy CR, Epstein DH, Smith KE. Kratom (Mitragyna speciosa) use for self-management of pain: Insights from cross-sectional and ecological momentary assessment data. J Pain. 2025;104726. doi:10.1016/j.jpain.2024.104726.",
    url: "https://ouci.dntb.gov.ua/en/works/9Qxe23Jl",
    secondary: false,
    studyType: "survey",
  },
  {
    id: "R120",
    citation:
      "(Title not shown; Midwestern University group, author initials RB, TB, AFB, DS, KES, CAV, OG.) Online survey of 8,049 US kratom users on pre-existing health diagnoses. J Addict Med. 2020;14(3):244–252. doi:10.1097/ADM.0000000000000570; PMID 31567595.",
    url: "http://mymedr.afpm.org.my/publications/75580",
    secondary: false,
    studyType: "survey",
  },
  {
    id: "R121",
    citation:
      "Singh V, Mulla N, Wilson JL, Umansky A, Lee J, Stead T, Ganti L. Intractable nausea and vomiting in naïve ingestion of kratom for analgesia. Int J Emerg Med. 2020. doi:10.1186/s12245-020-00301-0; PMID 32758124; PMC7409412.",
    url: "https://ebusca.uv.mx/Record/pubmed-7409412/Details",
    secondary: false,
    studyType: "case",
  },
  {
    id: "R122",
    citation:
      "Swogger MT, Smith KE, Garcia-Romeu A, Grundmann O, Veltri CA, Henningfield JE, Busch LY. Understanding Kratom Use: A Guide for Healthcare Providers. Front Pharmacol. 2022;13:801855. doi:10.3389/fphar.2022.801855.",
    url: "https://frontiersin.org/journals/pharmacology/articles/10.3389/fphar.2022.801855/full",
    secondary: false,
    studyType: "review",
  },
  {
    id: "R123",
    citation:
      "McNeely J, Wu LT, Subramaniam G, Sharma G, Cathers LA, Svikis D, Sleiter L, Russell L, Nordeck C, Sharma A, O'Grady KE, Bouk LB, Cushing C, King J, Wahle A, Schwartz RP. Performance of the Tobacco, Alcohol, Prescription Medication, and Other Substance Use (TAPS) Tool for Substance Use Screening in Primary Care Patients. Ann Intern Med. 2016;165(10):690–699. doi:10.7326/M16-0317.",
    url: "https://ctnlibrary.org/document/1226",
    secondary: false,
    studyType: "cohort-registry",
  },
  {
    id: "R124",
    citation:
      "Skinner HA. The Drug Abuse Screening Test. Addict Behav. 1982;7(4):363–371 — DAST-10 scoring table as published in Australian Comorbidity Guidelines, Appendix W.",
    url: "https://comorbidityguidelines.org.au/appendix-w-drug-abuse-screening-test-dast10/dast10-scoring-and-interpretation",
    secondary: false,
    studyType: "review",
  },
  {
    id: "R125",
    citation:
      "Krebs EE, Lorenz KA, Bair MJ, Damush TM, Wu J, Sutherland JM, Asch SM, Kroenke K. Development and initial validation of the PEG, a three-item scale assessing pain intensity and interference. J Gen Intern Med. 2009;24(6):733–738. doi:10.1007/s11606-009-0981-1; PMID 19418100; PMC2686775.",
    url: "https://pubmed.ncbi.nlm.nih.gov/19418100/",
    secondary: false,
    studyType: "cohort-registry",
  },
  {
    id: "R126",
    citation:
      "DSM-5 substance use disorder criteria table with severity specifiers (PMC article, title not shown).",
    url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC7993020/table/T14-0005",
    secondary: false,
    studyType: "review",
  },
  {
    id: "R127",
    citation:
      "Hasin DS, O'Brien CP, Auriacombe M, Borges G, Bucholz K, Budney A, Compton WM, Crowley T, Ling W, Petry NM, Schuckit M, Grant BF. DSM-5 Criteria for Substance Use Disorders: Recommendations and Rationale. Am J Psychiatry. 2013;170 (pages garbled in source).",
    url: "https://pdffox.com/dsm-5-criteria-for-substance-use-disorders-pdf-free.html",
    secondary: false,
    studyType: "review",
  },
  {
    id: "R128",
    citation: 'NIDA "Kratom" overview text, seen only as reproduced on third-party sites.',
    url: "https://writeupcafe.com/what-is-kratom-national-institute-of-health-overview-of-kratom/",
    secondary: true,
    studyType: "review",
  },
  {
    id: "R129",
    citation:
      "Henningfield JE, Grundmann O, Huestis MA, Smith KE. Kratom safety and toxicology in the public health context: research needs to better inform regulation. Front Pharmacol. 2024. doi:10.3389/fphar.2024.1403140.",
    url: "https://ouci.dntb.gov.ua/works/4arWYD5l",
    secondary: false,
    studyType: "review",
  },
  {
    id: "R130",
    citation:
      "Jittasopa W, Srisont S. The Causes of Death and Pathological Findings of Kratom Users. Am J Forensic Med Pathol. 2021;42(4):335–340.",
    url: "https://ouci.dntb.gov.ua/en/works/9J6VwM39",
    secondary: false,
    studyType: "cohort-registry",
  },
];
