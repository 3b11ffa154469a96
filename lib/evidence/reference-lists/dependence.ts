import type { Reference } from "../types";

/**
 * R38–R51, "Dependence, withdrawal, epidemiology" in ../shared/evidence/clinical-evidence.md.
 * Citation text and address copied from the file; do not edit by hand without checking it there.
 */
export const dependenceReferences: Reference[] = [
  {
    id: "R38",
    citation:
      "Hill K, Grundmann O, Smith KE, Stanciu CN. Prevalence of Kratom Use Disorder Among Kratom Consumers. J Addict Med. 2024;18(3):306–312. doi:10.1097/ADM.0000000000001290.",
    url: "https://ouci.dntb.gov.ua/en/works/ldG1OV04",
    secondary: false,
    studyType: "survey",
  },
  {
    id: "R39",
    citation:
      "Smith KE, Dunn KE, Rogers JM, Garcia-Romeu A, Strickland JC, Epstein DH. Assessment of Kratom Use Disorder and Withdrawal Among an Online Convenience Sample of US Adults. J Addict Med. 2022;16(6):666–670. doi:10.1097/ADM.0000000000000986; PMID 35220331; PMC9402806.",
    url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC9402806",
    secondary: false,
    studyType: "survey",
  },
  {
    id: "R40",
    citation:
      "Rogers JM, Weiss ST, Epstein DH, Grundmann O, Hill K, Smith KE. Kratom addiction per DSM-5 SUD criteria, and kratom physical dependence: Insights from dosing amount versus frequency. Drug Alcohol Depend. 2024;260:111329. doi:10.1016/j.drugalcdep.2024.111329 (MEDLINE record mdl-38788532).",
    url: "https://pesquisa.bvsalud.org/nicaragua/resource/es/mdl-38788532",
    secondary: false,
    studyType: "survey",
  },
  {
    id: "R41",
    citation:
      "Singh D, Müller CP, Vicknasingam BK. Kratom (Mitragyna speciosa) dependence, withdrawal symptoms and craving in regular users. Drug Alcohol Depend. 2014;139:132–137. doi:10.1016/j.drugalcdep.2014.03.017; PMID 24698080.",
    url: "http://www.drugandalcoholdependence.com/article/S0376-8716(14)00793-5/fulltext",
    secondary: false,
    studyType: "survey",
  },
  {
    id: "R42",
    citation:
      "Singh D, Abdullah MFIL, Vicknasingam BK, Müller CP. Substance Use Disorder Related to Kratom (Mitragyna speciosa) Use in Malaysia. Curr Psychopharmacol. 2019;8(1):64–71. doi:10.2174/2405461503666180420120649.",
    url: "http://www.eurekaselect.com/161451/article?tracking-code=4",
    secondary: false,
    studyType: "survey",
  },
  {
    id: "R43",
    citation:
      "Henningfield JE, Chawarski MC, Garcia-Romeu A, Grundmann O, Harun N, Hassan Z, McCurdy CR, McMahon LR, Sharma A, Shoaib M, Singh D, Smith KE, Swogger MT, Vicknasingam B, Walsh Z, Wang DW, Huestis MA. Kratom withdrawal: Discussions and conclusions of a scientific expert forum. Drug Alcohol Depend Rep. 2023;100142.",
    url: "https://ouci.dntb.gov.ua/works/4OnWEnb7",
    secondary: false,
    studyType: "review",
  },
  {
    id: "R44",
    citation:
      "Smith KE, Feldman JD, Schriefer D, Weiss ST, Grundmann O, Dunn KE, Singh D, McCurdy CR, Butera G, Epstein DH. Diagnostic Ambiguities and Underuse of Clinical Assessment Tools: A Systematic Review of Case Reports on Kratom Addiction and Physical Dependence. Curr Addict Rep. 2023;10(2):282–292.",
    url: "https://ouci.dntb.gov.ua/works/4Y5Mv004",
    secondary: false,
    studyType: "case",
  },
  {
    id: "R45",
    citation:
      "Schimmel J, Amioka E, Rockhill K, Haynes CM, Black JC, Dart RC, Iwanicki JL. Prevalence and description of kratom (Mitragyna speciosa) use in the United States: a cross-sectional study. Addiction. 2021;116:176–181. doi:10.1111/add.15082.",
    url: "https://staging.scite.ai/authors/karilynn-rockhill-nwrv4",
    secondary: false,
    studyType: "survey",
  },
  {
    id: "R46",
    citation:
      "Palamar JJ. Past-Year Kratom Use in the U.S.: Estimates From a Nationally Representative Sample. Am J Prev Med. 2021;61:240–. doi:10.1016/j.amepre.2021.02.004.",
    url: "https://www.safetylit.org/citations/index.php?fuseaction=citations.viewdetails&citationIds%5B%5D=citjournalarticle_681418_10",
    secondary: false,
    studyType: "survey",
  },
  {
    id: "R47",
    citation:
      "Sharma V, Cottler LB, Bares CB, Lopez-Quintero C. Kratom Use Among U.S. Adolescents: Analyses of the 2019 National Survey on Drug Use and Health. J Adolesc Health. 2022;70(4):677–681. doi:10.1016/j.jadohealth.2021.10.009; PMID 34836801; PMC9328154.",
    url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC9328154",
    secondary: false,
    studyType: "survey",
  },
  {
    id: "R48",
    citation:
      "Smith KE, Lawson T. Prevalence and motivations for kratom use in a sample of substance users enrolled in a residential treatment program. Drug Alcohol Depend. 2017;180:340–348. doi:10.1016/j.drugalcdep.2017.08.034.",
    url: "https://online.documentine.com/kratom-for-pain-and-energy/1/prevalence-and-motivations-for-kratom-use-in-a-sample-of-substance.html",
    secondary: false,
    studyType: "survey",
  },
  {
    id: "R49",
    citation:
      "Smith KE, Dunn KE, Grundmann O, Garcia-Romeu A, Rogers JM, Swogger MT, Epstein DH. Social, Psychological, and Substance Use Characteristics of US Adults Who Use Kratom: Initial Findings From an Online, Crowdsourced Study. Exp Clin Psychopharmacol. doi:10.1037/pha0000518 (year not shown).",
    url: "http://120.26.44.124:3004/details/1/889295028/2/4",
    secondary: false,
    studyType: "survey",
  },
  {
    id: "R50",
    citation:
      "Lai CL, Wu AYK. Kratom Dependence: a Case report. East Asian Arch Psychiatry. 2021;31:49–50. doi:10.12809/eaap2039.",
    url: "https://easap.asia/index.php/find-issues/past-issue/item/892-2021-v31n2-p49",
    secondary: false,
    studyType: "case",
  },
  {
    id: "R51",
    citation:
      'Galbis-Reig D. A Case Report of Kratom Addiction and Withdrawal. (Journal title not shown; page header "Volume 115, No. 1, p. 49"; Wheaton Franciscan Healthcare–All Saints.)',
    url: "https://docslib.org/doc/9750259/a-case-report-of-kratom-addiction-and-withdrawal-david-galbis-reig-md",
    secondary: false,
    studyType: "case",
  },
];
