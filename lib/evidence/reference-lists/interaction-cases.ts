import type { Reference } from "../types";

/**
 * R60–R70, "Interaction case reports and related" in ../shared/evidence/clinical-evidence.md.
 * Citation text and address copied from the file; do not edit by hand without checking it there.
 */
export const interactionCaseReferences: Reference[] = [
  {
    id: "R60",
    citation:
      "Hughes RL. Fatal combination of mitragynine and quetiapine – a case report with discussion of a potential herb-drug interaction. doi:10.1007/s12024-018-0049-9 (journal/year not shown on page).",
    url: "https://rd.springer.com/article/10.1007%2Fs12024-018-0049-9",
    secondary: false,
    studyType: "case",
  },
  {
    id: "R61",
    citation:
      "Brooks SP, Eudaley ST, Hamilton LA. Case Report: Possible Serotonin Syndrome in a Patient Taking Kratom and Multiple Serotonergic Agents. J Pharm Pract. 2023;36(6):1523–1527. doi:10.1177/08971900221116009; PMID 35840540.",
    url: "https://suppr.wilddata.cn/browses/detail/pubmed/35840540",
    secondary: false,
    studyType: "case",
  },
  {
    id: "R62",
    citation:
      "Jensen AN, Truong QN, Jameson M, Nadal CN. Kratom-induced transaminitis with subsequent precipitated opioid withdrawal following naltrexone. Ment Health Clin. 2021;11(3):220–224. doi:10.9740/mhc.2021.05.220.",
    url: "https://mhc.kglmeridian.com/view/journals/mhcl/11/3/article-p220.xml",
    secondary: false,
    studyType: "case",
  },
  {
    id: "R63",
    citation:
      "Jarka C, Gregoire K. Precipitated withdrawal with kratom use following naltrexone administration. Ment Health Clin. 2023;13(3):155–158. doi:10.9740/mhc.2023.06.155; PMID 37448827; PMC10337879.",
    url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC10337879",
    secondary: false,
    studyType: "case",
  },
  {
    id: "R64",
    citation:
      "(Authors/year not shown.) Naltrexone-Induced Kratom Withdrawal: A Call for Awareness. Society of Hospital Medicine abstract.",
    url: "https://shmabstracts.org/abstract/naltrexone-induced-kratom-withdrawal-a-call-for-awareness",
    secondary: false,
    studyType: "case",
  },
  {
    id: "R65",
    citation:
      "Janusinfo (Stockholm) news, 2011-02-04: Läkemedelsverket vill narkotikaklassa substans bakom dödsfall bland unga — citing Bäckström B, Classon G, Löwenhielm P, Thelander G. Krypton – ny, dödlig Internetdrog. Läkartidningen. 2010;107(50):3196–3197.",
    url: "https://janusinfo.se/nyheter/nyheter/2011/lakemedelsverketvillnarkotikaklassasubstansbakomdodsfallblandunga.5.467926b615d084471ac102df.html",
    secondary: false,
    studyType: "case",
  },
  {
    id: "R66",
    citation:
      "UNODC. The Challenge of New Psychoactive Substances (Global SMART Programme, March 2013), as quoted.",
    url: "https://drugpolicyfacts.org/node/3335",
    secondary: true,
    studyType: "regulatory",
  },
  {
    id: "R67",
    citation:
      "(Authors not shown.) Mitragynine 'Kratom' related fatality: a case report with postmortem concentrations. J Anal Toxicol. 2015;39(2):152–155. doi:10.1093/jat/bku137.",
    url: "http://www.cfp.ca/lookup/external-ref?access_num=25516573&link_type=MED&atom=%2Fcfp%2F64%2F2%2F121.atom",
    secondary: false,
    studyType: "case",
  },
  {
    id: "R68",
    citation:
      "(Authors not shown.) Case: 64-year-old with new-onset seizure and coma after kratom + Datura stramonium tea (on amitriptyline, oxycodone). J Med Toxicol. doi:10.1007/s13181-010-0079-5.",
    url: "http://dx.doi.org/10.1007/s13181-010-0079-5",
    secondary: false,
    studyType: "case",
  },
  {
    id: "R69",
    citation:
      "Hill K, Grundmann O, Panlilio LV, Epstein DH, Smith KE. Use of Cannabinoids by People Who Consume Kratom in the United States. J Addict Med. 2024;18:719–722. doi:10.1097/adm.0000000000001346; PMID 39012004.",
    url: "https://www.referencecitationanalysis.com/citearticles?term=%5B%7B%22c%22%3Anull%2C%22id%22%3A%22c%22%2C%22o%22%3Anull%2C%22v%22%3A%2210.1186%2Fs13011-023-00531-4%22%2C%22b%22%3Anull%2C%22f%22%3Anull%7D%5D",
    secondary: false,
    studyType: "survey",
  },
  {
    id: "R70",
    citation:
      "FDA statement on gabapentinoids with respiratory depressants, as quoted by Medsafe Australia.",
    url: "https://medsafetyaustralia.com.au/fda-issues-gabapentinoid-warning-statement",
    secondary: true,
    studyType: "regulatory",
  },
];
