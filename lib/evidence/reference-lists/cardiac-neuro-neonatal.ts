import type { Reference } from "../types";

/**
 * R93–R104, "Cardiac / neurological / psychiatric / neonatal" in ../shared/evidence/clinical-evidence.md.
 * Citation text and address copied from the file; do not edit by hand without checking it there.
 */
export const cardiacNeuroNeonatalReferences: Reference[] = [
  {
    id: "R93",
    citation:
      "Leong Bin Abdullah MFI, Singh D. The Adverse Cardiovascular Effects and Cardiotoxicity of Kratom (Mitragyna speciosa Korth.): A Comprehensive Review. Front Pharmacol. 2021;12:726003. doi:10.3389/fphar.2021.726003; PMID 34646135; PMC8504575.",
    url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC8504575",
    secondary: false,
    studyType: "review",
  },
  {
    id: "R94",
    citation:
      '(First author "Abdullah" per citing reference list.) Assessment of Cardiovascular Functioning Among Regular Kratom (Mitragyna speciosa Korth) Users: A Case Series. Front Pharmacol. 2021 (24 Aug 2021). doi:10.3389/fphar.2021.723567.',
    url: "https://www.frontiersin.org/articles/10.3389/fphar.2021.723567/full",
    secondary: false,
    studyType: "case",
  },
  {
    id: "R95",
    citation:
      "Tatum WO, Hasan TF, Coonan EE, Smelick CP. Recurrent seizures from chronic kratom use, an atypical herbal opioid. Epilepsy Behav Case Rep. 2018;10:18–20. doi:10.1016/j.ebcr.2018.04.002; PMID 30062086; PMC6063981.",
    url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC6063981",
    secondary: false,
    studyType: "case",
  },
  {
    id: "R96",
    citation:
      "Afzal H, Esang M, Rahman S. A Case of Kratom-induced Seizures. Cureus. 2020;12(1):e6588. PMC7001130.",
    url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC7001130",
    secondary: false,
    studyType: "case",
  },
  {
    // The file gives no address ("search-result excerpt without address"); the DOI it shows is linked instead.
    id: "R97",
    citation:
      "(Authors not shown; Universiti Sains Malaysia.) Seizures among young adults consuming kratom beverages in Malaysia: A case series. Epilepsy Behav. 2021 (Aug). doi:10.1016/j.yebeh.2021.108057.",
    url: "https://doi.org/10.1016/j.yebeh.2021.108057",
    addressBuiltFromDoi: true,
    secondary: false,
    studyType: "case",
  },
  {
    id: "R98",
    citation:
      "Bazer D, Khezri N, Parekh K, Cangiano-Heath A. What the Kratom...a Seizure! American Epilepsy Society 2021 abstract 3.384.",
    url: "https://cms.aesnet.org/abstractslisting/what-the-kratom---a-seizure!",
    secondary: false,
    studyType: "case",
  },
  {
    id: "R99",
    citation:
      "Fletcher D, Dhyani R. Kratom-Induced Seizures: An Emerging Public Health Crisis. AAN 2025 abstract.",
    url: "https://index.mirasmart.com/AAN2025/PDFfiles/AAN2025-002408.html",
    secondary: false,
    studyType: "case",
  },
  {
    id: "R100",
    citation:
      "Prat SS, Rizvi SA, Chaimowitz GA. Kratom-induced Psychosis: Case report and literature investigation. Int J Risk Recovery. 2020;3(1):29–34.",
    url: "https://www.forensicpsychiatryinstitute.com/kratom-induced-psychosis-case-report-and-literature-investigation/",
    secondary: false,
    studyType: "case",
  },
  {
    id: "R101",
    citation:
      "(Authors not shown.) A Case Report of Kratom-Induced Psychiatric Decompensation. Eur Psychiatry. 2022;65(S1):S826.",
    url: "https://homsy-staging.cambridgecore.org/core/journals/european-psychiatry/article/case-report-of-kratominduced-psychiatric-decompensation/115555D5C2C98901FD68A2D734C254A4",
    secondary: false,
    studyType: "case",
  },
  {
    id: "R102",
    citation:
      "Eldridge WB, Foster C, Wyble L. Neonatal Abstinence Syndrome Due to Maternal Kratom Use. Pediatrics. 2018;142(6):e20181839. doi:10.1542/peds.2018-1839; PMID 30404789.",
    url: "https://pubmed.ncbi.nlm.nih.gov/30404789/",
    secondary: false,
    studyType: "case",
  },
  {
    id: "R103",
    citation:
      "(Authors not shown.) An unusual cause for neonatal abstinence syndrome. Paediatr Child Health. 2019;24(1):12–14. doi:10.1093/pch/pxy084; PMID 30792593; PMC6376302.",
    url: "https://pubmed.ncbi.nlm.nih.gov/30792593/",
    secondary: false,
    studyType: "case",
  },
  {
    id: "R104",
    citation:
      "Nellhaus E, Andrews L, Haas J, Miskell D, Kurek K, Hansen Z, Davies TH. Neonatal Withdrawal Following in Utero Exposure to Kratom. Int J Clin Pediatr. 2018;7(4):55–58. doi:10.14740/ijcp317w.",
    url: "https://www.theijcp.org/index.php/ijcp/article/view/317/266",
    secondary: false,
    studyType: "case",
  },
];
