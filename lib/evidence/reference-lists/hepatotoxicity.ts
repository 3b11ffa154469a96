import type { Reference } from "../types";

/**
 * R83–R92, "Hepatotoxicity" in ../shared/evidence/clinical-evidence.md.
 * Citation text and address copied from the file; do not edit by hand without checking it there.
 */
export const hepatotoxicityReferences: Reference[] = [
  {
    id: "R83",
    citation:
      "Schimmel J, Dart RC. Kratom (Mitragyna Speciosa) Liver Injury: A Comprehensive Review. Drugs. 2020;80(3):263–283. doi:10.1007/s40265-019-01242-6.",
    url: "https://www.springermedicine.com/kratom-mitragyna-speciosa-liver-injury-a-comprehensive-review/24699770",
    secondary: false,
    studyType: "review",
  },
  {
    id: "R84",
    citation:
      "Ahmad J, Odin JA, Hayashi PH, Fontana RJ, Conjeevaram H, Avula B, Khan IA, Barnhart H, Vuppalanchi R, Navarro VJ. Liver injury associated with kratom, a popular opioid-like product: Experience from the U.S. drug induced liver injury network and a review of the literature. Drug Alcohol Depend. 2021;218:108426. doi:10.1016/j.drugalcdep.2020.108426; PMID 33257199.",
    url: "http://47.251.13.51:8081/33257199",
    secondary: false,
    studyType: "cohort-registry",
  },
  {
    id: "R85",
    citation: "LiverTox (NIDDK). Reference cases: Kratom, Case 6972 and Case 8332.",
    url: "https://livertox.niddk.nih.gov/Home/ReferenceCases/kratom/6972",
    secondary: false,
    studyType: "case",
  },
  {
    id: "R86",
    citation: "Examine.com. Does kratom cause liver toxicity?",
    url: "https://examine.com/supplements/kratom/faq/does-kratom-cause-liver-toxicity/",
    secondary: true,
    studyType: "review",
  },
  {
    id: "R87",
    citation:
      'Navarro V, et al. Liver injury associated with kratom, a botanical product with opioid-like activity. AASLD 2019 Abstract 0212 — as quoted by Clinical Toxicology "Question of the Day", Jan 24, 2020.',
    url: "https://www.clintox.org/question-of-the-day/question-of-the-day-friday-january-24-2020",
    secondary: false,
    studyType: "cohort-registry",
  },
  {
    id: "R88",
    citation:
      "Fernandes CT, Iqbal U, Tighe SP, Ahmed A. Kratom-Induced Cholestatic Liver Injury and Its Conservative Management. J Investig Med High Impact Case Rep. 2019;7:2324709619836138. PMID 30920318.",
    url: "https://stanfordhealthcare.org/publications/507/507052.html",
    secondary: false,
    studyType: "case",
  },
  {
    id: "R89",
    citation:
      "Gandhi D, Ahuja K, Quade A, Batts KP, Patel L. Kratom induced severe cholestatic liver injury histologically mimicking primary biliary cholangitis: A case report. World J Hepatol. 2020;12(10):863–869. doi:10.4254/wjh.v12.i10.863.",
    url: "https://wjgnet.com/1948-5182/full/v12/i10/863.htm",
    secondary: false,
    studyType: "case",
  },
  {
    id: "R90",
    citation:
      "Aldyab M, Ells PF, Bui R, Chapman TD, Lee H. Kratom-Induced Cholestatic Liver Injury Mimicking Anti-Mitochondrial Antibody-Negative Primary Biliary Cholangitis. Gastroenterology Res. 2019;12(4):211–215. doi:10.14740/gr1204.",
    url: "https://gastrores.org/index.php/Gastrores/article/view/1204/1226",
    secondary: false,
    studyType: "case",
  },
  {
    id: "R91",
    citation:
      "(Authors not shown.) Kratom (Mitragyna speciosa)-Induced Hepatitis. ACG Case Rep J. 2022 (April issue).",
    url: "https://journals.lww.com/acgcr/fulltext/2022/04000/kratom__mitragyna_speciosa__induced_hepatitis.3.aspx",
    secondary: false,
    studyType: "case",
  },
  {
    id: "R92",
    citation:
      "(Authors/year not shown.) S3058 Kratom-Induced Acute Liver Injury: A Case Study and Systematic Review of Liver Injury Patterns Due to Kratom (meeting abstract).",
    url: "https://discovery.researcher.life/article/s3058-kratom-induced-acute-liver-injury-a-case-study-and-systematic-review-of-liver-injury-patterns-due-to-kratom/52be161945e93d7eb9ebbe28001593ee",
    secondary: false,
    studyType: "case",
  },
];
