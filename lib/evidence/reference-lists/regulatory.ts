import type { Reference } from "../types";

/**
 * R26–R37, "Regulatory / surveillance" in ../shared/evidence/clinical-evidence.md.
 * Citation text and address copied from the file; do not edit by hand without checking it there.
 */
export const regulatoryReferences: Reference[] = [
  {
    // Tagged "[sec: professional-society commentary]" where the file cites it (section 3).
    id: "R26",
    citation:
      "Heymann WR. Dermatologists should not be in the dark about kratom. AAD Dermatology World Insights and Inquiries. Oct 11, 2023; Vol 5, No 41.",
    url: "https://www.aad.org/dw/dw-insights-and-inquiries/archive/2023/dermatologists-kratom",
    secondary: true,
    studyType: "review",
  },
  {
    id: "R27",
    citation:
      "Drug Enforcement Administration. Schedules of Controlled Substances: Temporary Placement of Mitragynine and 7-Hydroxymitragynine Into Schedule I (Notice of intent). Federal Register 81(169):59929–59934, Aug 31, 2016; FR Doc 2016-20803; Docket DEA-442.",
    url: "https://regulations.justia.com/regulations/fedreg/2016/08/31/2016-20803.html",
    secondary: false,
    studyType: "regulatory",
  },
  {
    id: "R28",
    citation:
      "Sacco LN. DEA Scheduling Actions on Kratom. Congressional Research Service Insight IN10593, Oct 13, 2016.",
    url: "https://legistorm.com/reports/view/crs/238310/DEA_Scheduling_Actions_on_Kratom.html",
    secondary: false,
    studyType: "regulatory",
  },
  {
    id: "R29",
    citation:
      "Brown S (HealthDay). FDA Urges Restrictions, Education on Illegal 7-OH Opioid Products. July 29, 2025.",
    url: "https://www.drugs.com/news/fda-urges-restrictions-education-illegal-7-oh-opioid-products-126012.html",
    secondary: true,
    studyType: "regulatory",
  },
  {
    id: "R30",
    citation:
      "Worst Pills, Best Pills Newsletter. News Brief: FDA Recommends Scheduling 7-OH Products as Controlled Substances. December 2025.",
    url: "https://www.worstpills.org/newsletters/view/1699",
    secondary: true,
    studyType: "regulatory",
  },
  {
    id: "R31",
    citation:
      "Texas Department of State Health Services. Serious Illnesses Associated with 7-OH Use (2025).",
    url: "https://www.dshs.texas.gov/news-alerts/serious-illnesses-associated-7-oh-use",
    secondary: false,
    studyType: "regulatory",
  },
  {
    id: "R32",
    citation:
      "Leonard J (Washington Poison Center). Kratom and 7-hydroxymitragynine poisoning (2025).",
    url: "https://www.wapc.org/?p=29658",
    secondary: false,
    studyType: "review",
  },
  {
    id: "R33",
    citation: "WebMD News. FDA Cracks Down Again on Kratom Products. June 28, 2019.",
    url: "https://www.webmd.com/mental-health/addiction/news/20190628/fda-cracks-down-again-on-kratom-products?src=RSS_PUBLIC",
    secondary: true,
    studyType: "regulatory",
  },
  {
    id: "R34",
    citation:
      "Summary of Los Angeles Times report on LA County Department of Public Health warning (Sept 2025): 3 fatal overdoses linked to 7-OH.",
    url: "https://briefly.co/anchor/Public_health/story/3-fatal-overdoses-in-la-county-linked-to-synthetic-supplement-sold-at-gas-stations-smoke-shops",
    secondary: true,
    studyType: "regulatory",
  },
  {
    id: "R35",
    citation: '"States Where Kratom Is Illegal in 2025: October Update" (law-firm blog).',
    url: "https://georgiawrongfuldeathattorney.com/wrongful-death-blogs/states-where-kratom-is-illegal",
    secondary: true,
    studyType: "regulatory",
  },
  {
    id: "R36",
    citation:
      "Smith KE, Boyer EW, Grundmann O, McCurdy CR, Sharma A. Commentary on 7-hydroxymitragynine products (title and journal not shown; authors disclose advisory/expert-witness roles).",
    url: "https://speciosa.org/?p=8749",
    secondary: true,
    studyType: "review",
  },
  {
    id: "R37",
    citation: "HealthESystems. Summary of FDA 7-OH report (2025).",
    url: "https://healthesystems.com/?p=9465",
    secondary: true,
    studyType: "regulatory",
  },
];
