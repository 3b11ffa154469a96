import type { Reference } from "../types";

/**
 * R105–R117, "Skin (kratom) and pigmentation differential" in ../shared/evidence/clinical-evidence.md.
 * Citation text and address copied from the file; do not edit by hand without checking it there.
 */
export const skinReferences: Reference[] = [
  {
    id: "R105",
    citation:
      "Patel S, Phelan N. Photo Distributed Gray-Blue Hyperpigmentation Due to Kratom Use. J Integr Dermatol. 2024 (01 Feb 2024; later version dated 06 Aug 2025). doi:10.64550/joid.s60n3136.",
    url: "https://jintegrativederm.org/doi/10.64550/joid.s60n3136",
    secondary: false,
    studyType: "case",
  },
  {
    id: "R106",
    citation:
      "Suleman S, Khan R, Ioffe DOB, Chisholm C. Photodistributed Hyperpigmentation in a Chronic Kratom User. Int Clin Med Case Rep J. 2023;2(15):1–5.",
    url: "https://salientvisionarypub.com/journal/international-clinical-and-medical-case-reports-journal/article/photodistributed-hyperpigmentation-in-a-chronic-kratom-user",
    secondary: false,
    studyType: "case",
  },
  {
    id: "R107",
    citation:
      "(Authors/year not shown.) Photodistributed hyperpigmentation secondary to kratom — American Society of Dermatopathology proceedings abstract, ID 26398.",
    url: "https://proceedings.asdp.org/index.cfm/article/view/ID/26398",
    secondary: false,
    studyType: "case",
  },
  {
    id: "R108",
    citation:
      '"Cases of Kratom-Induced Hyperpigmentation Emerging" — reworded repost of a Medscape news report on Heather Woolery-Lloyd, MD, at the Pigmentary Disorders Exchange Symposium, Chicago (2024).',
    url: "https://mednewswatch.com/cases-of-kratom-induced-hyperpigmentation-emerging/",
    secondary: true,
    studyType: "review",
  },
  {
    id: "R109",
    citation:
      'Fitzpatrick atlas content (path "fitzatlas.ed9"; section on drug-induced pigmentation: amiodarone, antimalarials, minocycline, clofazimine, zidovudine, phenytoin).',
    url: "https://download.skyscape.com/download/ota/lonestar/D7B8FC94-66E1-4484-9001-7F1C359BA817/fitzatlas.ed9/content/HTML/h/tl22.htm",
    secondary: false,
    studyType: "review",
  },
  {
    id: "R110",
    citation:
      "Merck Manual Professional. Table: Hyperpigmentation Effects of Some Medications and Heavy Metals.",
    url: "https://merckmanuals.com/en-ca/professional/multimedia/table/hyperpigmentation-effects-of-some-medications-and-heavy-metals",
    secondary: false,
    studyType: "review",
  },
  {
    id: "R111",
    citation:
      "(Authors not shown.) Blue-black hyperpigmentation of the extremities. MDedge Family Medicine (article 260262).",
    url: "https://www.mdedge9-ma1.mdedge.com/familymedicine/article/260262/dermatology/blue-black-hyperpigmentation-extremities/page/0/2",
    secondary: false,
    studyType: "case",
  },
  {
    id: "R112",
    citation:
      "Narayanan A, Chandrashekhar L. Drug-induced pigmentation. Pigment Int. 2022;9(2):82–92.",
    url: "https://pigmentinternational.com/printarticle.asp?issn=2349-5847;year=2022;volume=9;issue=2;spage=82;epage=92;aulast=Narayanan",
    secondary: false,
    studyType: "review",
  },
  {
    id: "R113",
    citation:
      "Giménez García RM, Carrasco Molina S. Drug-Induced Hyperpigmentation: Review and Case Series. J Am Board Fam Med. 2019;32(4):628–.",
    url: "https://www.jabfm.org/content/32/4/628.full.txt",
    secondary: false,
    studyType: "review",
  },
  {
    id: "R114",
    citation:
      "Tisack A, Mohammad TF. Drug-Induced Pigmentation: A Review. Drugs. 2024;84(9):1071–1091. doi:10.1007/s40265-024-02062-z.",
    url: "https://ouci.dntb.gov.ua/en/works/7XkGKXr9",
    secondary: false,
    studyType: "review",
  },
  {
    id: "R115",
    citation:
      "Medscape eMedicine. Drug-induced pigmentation (article 1069686), Practice Essentials.",
    url: "https://emedicine.medscape.com/article/1069686-overview",
    secondary: false,
    studyType: "review",
  },
  {
    id: "R116",
    citation: "PubMed record 32491558 (Fitzpatrick skin type summary; title not shown in excerpt).",
    url: "https://pubmed.ncbi.nlm.nih.gov/32491558/",
    secondary: false,
    studyType: "review",
  },
  {
    id: "R117",
    citation:
      "NCBI Bookshelf NBK481857, Table 1: Fitzpatrick Classification of Skin Types I through VI (book title not shown).",
    url: "https://www.ncbi.nlm.nih.gov/books/NBK481857/table/chapter6.t1/",
    secondary: false,
    studyType: "review",
  },
];
