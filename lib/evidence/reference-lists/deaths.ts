import type { Reference } from "../types";

/**
 * R71–R82, "Deaths / poison centres / overdose" in ../shared/evidence/clinical-evidence.md.
 * Citation text and address copied from the file; do not edit by hand without checking it there.
 */
export const deathsReferences: Reference[] = [
  {
    id: "R71",
    citation:
      "Olsen EO, O'Donnell J, Mattson CL, Schier JG, Wilson N. Notes from the Field: Unintentional Drug Overdose Deaths with Kratom Detected — 27 States, July 2016–December 2017. MMWR Morb Mortal Wkly Rep. 2019;68(14):326–327. doi:10.15585/mmwr.mm6814a2.",
    url: "https://www.cdc.gov/mmwr/volumes/68/wr/mm6814a2.htm?s_cid=mm6814a2_e",
    secondary: false,
    studyType: "cohort-registry",
  },
  {
    id: "R72",
    citation:
      "Post S, Spiller HA, Chounthirath T, Smith GA. Kratom exposures reported to United States poison control centers: 2011–2017. Clin Toxicol (Phila). 2019;57(10):847–854. doi:10.1080/15563650.2019.1569236.",
    url: "https://informahealthcare.com/doi/abs/10.1080/15563650.2019.1569236",
    secondary: false,
    studyType: "cohort-registry",
  },
  {
    id: "R73",
    citation:
      "Gershman K, Timm K, Frank M, Lampi L, Melamed J, Gerona R, Monte AA. Deaths in Colorado Attributed to Kratom. N Engl J Med. 2019;380(1):97–98. doi:10.1056/NEJMc1811055; PMID 30601742; PMC6688840.",
    url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC6688840",
    secondary: false,
    studyType: "case",
  },
  {
    id: "R74",
    citation:
      "Corkery JM, Streete P, Claridge H, Goodair C, Papanti D, Orsolini L, Schifano F, Sikka K, Körber S, Hendricks A. Characteristics of deaths associated with kratom use. J Psychopharmacol. 2019;33(9):1102–1123. doi:10.1177/0269881119862530; PMID 31429622.",
    url: "https://uhra.herts.ac.uk/handle/2299/21622?show=full",
    secondary: false,
    studyType: "case",
  },
  {
    id: "R75",
    citation:
      "Henningfield JE, Grundmann O, Babin JK, Fant RV, Wang DW, Cone EJ. Risk of death associated with kratom use compared to opioids. Prev Med. 2019;128:105851. doi:10.1016/j.ypmed.2019.105851. Funder: PinneyAssociates.",
    url: "https://metajournal.com/articles/1026035",
    secondary: false,
    studyType: "review",
  },
  {
    id: "R76",
    citation:
      "Torrico T, Patel K, Nikolov N, Salam MT, Padhy R, Weinstein D. Presence of kratom in opioid overdose deaths: findings from coroner postmortem toxicological report. Front Psychiatry. 2024;14:1332999. doi:10.3389/fpsyt.2023.1332999.",
    url: "https://frontiersin.org/articles/10.3389/fpsyt.2023.1332999/full",
    secondary: false,
    studyType: "cohort-registry",
  },
  {
    id: "R77",
    citation:
      "(Title/authors not shown.) Florida Department of Law Enforcement medical-examiner data 2020–2021 (N=30,845): mitragynine exposure and drug-intoxication-related mortality.",
    url: "https://discovery.researcher.life/topic/rates-of-overdoses/5010999?page=1&topic_name=Rates+Of+Overdoses",
    secondary: false,
    studyType: "cohort-registry",
  },
  {
    id: "R78",
    citation:
      "Mata DC, et al. Postmortem Mitragynine Distribution in a Single Drug Fatality Case. Acad Forensic Pathol. 2023;13(1):34–40. doi:10.1177/19253621231160417; PMID 37091196.",
    url: "http://47.251.13.51:8081/37091196",
    secondary: false,
    studyType: "case",
  },
  {
    id: "R79",
    citation: "Washington Post analysis (Feb 2024), as summarised by bioethics.com.",
    url: "https://bioethics.com/archives/75186?utm_source=rss&utm_medium=rss&utm_campaign=they-take-kratom-to-ease-pain-or-anxiety-sometimes-death-follows",
    secondary: true,
    studyType: "regulatory",
  },
  {
    id: "R80",
    citation:
      "Overbeek DL, Abraham J, Munzer BW. Kratom (Mitragynine) Ingestion Requiring Naloxone Reversal. Clin Pract Cases Emerg Med (CPC-EM; year not shown).",
    url: "https://westjem.com/cpc-em/kratom-mitragynine-ingestion-requiring-naloxone-reversal.html",
    secondary: false,
    studyType: "case",
  },
  {
    id: "R81",
    citation:
      "(Authors not shown.) Kratom Ingestion and Emergency Care: Summary and a Case Report. J Emerg Nurs. 2021;47(4):551–556.e1. doi:10.1016/j.jen.2021.02.004.",
    url: "https://www.jenonline.org/article/S0099-1767(21)00043-X/fulltext",
    secondary: false,
    studyType: "case",
  },
  {
    id: "R82",
    citation:
      "Striley CW, Hoeflich CC, Viegas AT, Berkowitz LA, Matthews EG, Akin LP, Iheanyi-Okeahialam C, Mansoor U, McCurdy CR. Health Effects Associated With Kratom (Mitragyna speciosa) and Polysubstance Use: A Narrative Review. Subst Abuse. 2022. doi:10.1177/11782218221095873.",
    url: "https://distantreader.org/stacks/cord/cord-0078919-76t4qhrh.txt",
    secondary: false,
    studyType: "review",
  },
];
