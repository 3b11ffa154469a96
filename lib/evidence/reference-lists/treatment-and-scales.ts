import type { Reference } from "../types";

/**
 * R52–R59, "Treatment; Withdrawal scales" in ../shared/evidence/clinical-evidence.md.
 * Citation text and address copied from the file; do not edit by hand without checking it there.
 */
export const treatmentAndScalesReferences: Reference[] = [
  {
    id: "R52",
    citation:
      "Weiss ST, Douglas HE. Treatment of Kratom Withdrawal and Dependence With Buprenorphine/Naloxone: A Case Series and Systematic Literature Review. J Addict Med. 2021;15(2):167–172. doi:10.1097/ADM.0000000000000721; PMID 32858563.",
    url: "http://47.251.13.51:8081/32858563",
    secondary: false,
    studyType: "case",
  },
  {
    id: "R53",
    citation:
      "Long-Term Buprenorphine Treatment for Kratom Use Disorder: A Case Series (28 patients). Authors listed in a reference list as Broyan VR, Brar JK, Student TA, Allgaier JT (title truncated there; journal/year not confirmed).",
    url: "https://artboulevard.org/items/1292939",
    secondary: false,
    studyType: "case",
  },
  {
    id: "R54",
    citation:
      "Lei J, Butz A, Valentino N. Management of kratom dependence with buprenorphine/naloxone in a veteran population. Subst Abus. 2021. doi:10.1080/08897077.2021.1878086.",
    url: "https://integrationacademy.ahrq.gov/bibcite/export/ris/bibcite_reference/32846",
    secondary: false,
    studyType: "case",
  },
  {
    id: "R55",
    citation:
      "Kiyokawa M, Kwon AK, Cape MC, Streltzer JM. Kratom use disorder: case reports on successful treatment with home induction of buprenorphine-naloxone. Fam Pract. 2023;40(4):596–598. doi:10.1093/fampra/cmad081; PMID 37499179.",
    url: "https://www.pubmed.gov/37499179/",
    secondary: false,
    studyType: "case",
  },
  {
    id: "R56",
    citation:
      "(Authors not shown.) Home induction and outpatient treatment of kratom use disorder with buprenorphine-naloxone: A case report in a young adult. Substance Abuse. 2019.",
    url: "https://researchain.net/papers/10z99z1080w99w08897077z99z2019z99z1671945",
    secondary: false,
    studyType: "case",
  },
  {
    id: "R57",
    citation:
      "(Authors not shown.) Case Report: Acute Kratom Withdrawal. ACEP Now. 2025 Feb;44(02).",
    url: "https://acepnow.com/article/case-report-acute-kratom-withdrawal",
    secondary: false,
    studyType: "case",
  },
  {
    id: "R58",
    citation:
      "Wesson DR, Ling W. The Clinical Opiate Withdrawal Scale (COWS). J Psychoactive Drugs. 2003;35(2):253–259. doi:10.1080/02791072.2003.10400007.",
    url: "https://uconnect.wisc.edu/cosmos/swiftbot/clinical/cckm-tools/content/questionnaires/related/name-118646-en.cckm",
    secondary: false,
    studyType: "review",
  },
  {
    id: "R59",
    citation:
      "Handelsman L, Cochrane KJ, Aronson MJ, Ness R, Rubinstein KJ, Kanof PD. Two new rating scales for opiate withdrawal (SOWS). Am J Drug Alcohol Abuse. 1987;13(3):293–308.",
    url: "https://www.emcdda.europa.eu/drugs-library/subjective-opiate-withdrawal-scale_en",
    secondary: false,
    studyType: "cohort-registry",
  },
];
