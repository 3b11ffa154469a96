import type { SectionData } from "../types";

export const usePatternSection: SectionData = {
  id: "use-pattern",
  title: "Use pattern: frequency, amount and products",
  // Surveys, poison-centre series and case reports: observational, as the text says.
  lastReviewed: "2026-12-04",
  summary:
    "Surveys of people who use kratom describe mostly daily use of whole-leaf products. The number of doses per day was more closely linked to dependence and withdrawal than the amount per dose. Dose bands separating stimulant from sedative effects are widely quoted but not established. Concentrated 7-OH products are a distinct, newer product class.",
  parts: [
    {
      anchor: "frequency",
      heading: "How often kratom is used",
      paragraphs: [
        {
          text: "In a study of 395 active US consumers, symptoms of withdrawal and of kratom use disorder were more closely associated with the number of doses per day than with the amount per dose. Acute effects, withdrawal and use-disorder symptoms were all reported more by men.",
          refs: ["R40"],
        },
        {
          text: "Daily use was the most common pattern (59%) in a self-selected survey of 2,798 users.",
          refs: ["R22"],
        },
        {
          text: "Among regular drinkers of traditional kratom tea in Malaysia, drinking three or more glasses a day was linked to greater odds of severe dependence, of withdrawal and of craving that was hard to control. A glass contained on average 79 mg of mitragynine.",
          refs: ["R41"],
        },
      ],
    },
    {
      anchor: "dose-bands",
      heading: "Amount per dose and quoted dose bands",
      paragraphs: [
        {
          text: "A commonly quoted scheme links about 1–5 g with mild stimulant effects (alertness, sociability, talkativeness) and about 5–15 g with depressant, opioid-like effects, including relief of pain and of opioid withdrawal.",
          refs: ["R18"],
        },
        {
          text: "These bands are not established. A case report with literature review notes that, while low amounts are widely held to stimulate and higher amounts to sedate, no cut-off between the two has been defined.",
          refs: ["R20"],
        },
        {
          text: "The bands are anecdotal: a drug-information FAQ, a secondary source, quotes the same bands and says that studies have not established dose-dependent effects, in line with the case report above.",
          refs: ["R19", "R20"],
        },
        {
          text: "In practice, a regional poison-centre series classed 45.1% of 153 exposures as 1–5 g and 17.0% as more than 5 up to 15 g, and in the survey of 2,798 users the most common amount per dose was 1–3 g (49%).",
          refs: ["R21", "R22"],
        },
        {
          text: "Users report different effects from products sold under colour names (red, green, white), but laboratory analysis found no significant difference in alkaloid content between these strains.",
          refs: ["R24"],
        },
      ],
    },
    {
      anchor: "product-forms",
      heading: "Product forms",
      paragraphs: [
        {
          text: "Whole-leaf products were the regular choice of 95.9% of 395 active US consumers; 4.1% regularly used extracts.",
          refs: ["R40"],
        },
        {
          text: "In one case of dependence, the patient had switched to a concentrated liquid extract in the belief that it would last longer.",
          refs: ["R51"],
        },
      ],
    },
    {
      anchor: "concentrated-7oh",
      heading: "Concentrated 7-OH products",
      paragraphs: [
        {
          text: "Semi-synthetic or synthetic 7-OH products can contain up to 98% 7-OH, compared with typically less than 2% in leaf products. A Texas health department notice describes them on sale online, in gas stations and in smoke shops, in forms such as pills, gummies, candy and imitation ice-cream cones, and notes that concentrated 7-OH is also added to some kratom products.",
          refs: ["R31"],
        },
        {
          text: "The same notice counts 192 kratom or 7-OH exposures reported to the state's poison centres in 2025 up to 27 August, compared with 107 in the whole of 2024 and 122 in 2023. Nineteen involved concentrated 7-OH, mostly in July and August, and 11 of these people needed care at a health-care facility.",
          refs: ["R31"],
        },
        {
          text: "In mice, 7-OH depressed breathing in proportion to dose without the ceiling seen with mitragynine. This is why the project treats concentrated 7-OH as higher risk than leaf; the difference has not been measured in humans.",
          refs: ["R3"],
        },
      ],
    },
    {
      anchor: "escalation",
      heading: "Escalation and tolerance",
      paragraphs: [
        {
          text: "In a survey of 129 adults with regular use, more than a quarter had increased their amount since they started, and more weeks of regular use predicted more severe unwanted effects after a day or more without kratom.",
          refs: ["R23"],
        },
        {
          text: "Among current consumers who met adapted DSM-5 criteria for kratom use disorder, tolerance was the most frequent criterion (81.3%).",
          refs: ["R38"],
        },
      ],
    },
    {
      anchor: "very-high-intakes",
      heading: "Very high intakes",
      paragraphs: [
        {
          text: "Very high intakes are described in people seeking treatment: a mean of 92 g/day in a series of 28 patients, 35 g/day in two patients, and an escalation from about 3 g/day to 50 g/day in a single case.",
          refs: ["R53", "R55", "R50"],
        },
        {
          text: "A 23-year-old who had taken 30 g/day for 14 days developed cholestatic hepatitis with a bilirubin of 34.3 mg/dL.",
          refs: ["R91"],
        },
      ],
    },
    {
      anchor: "co-use",
      heading: "Other substances used with kratom",
      paragraphs: [
        {
          text: "Lifetime cannabis use was 92% among people who use kratom in US survey samples. In a crowdsourced US study, people who used kratom reported more use of most other substances than those who did not, as well as more chronic pain, anxiety, depression and childhood adversity.",
          refs: ["R69", "R49"],
        },
        {
          text: "Among 2,061 current consumers, kratom use disorder was associated with a concurrent other substance use disorder (odds ratio 2.83; 2.19–3.67). In a residential treatment sample, 68.9% of those who had used kratom had used it to reduce or stop non-prescribed opioids or heroin.",
          refs: ["R38", "R48"],
        },
        {
          text: "Alcohol and other drugs are common in serious events: all eight patients in a liver-injury network abstract used alcohol, and antihistamines, ethanol and amphetamine were frequently co-detected in Thai autopsies with mitragynine present.",
          refs: ["R87", "R130"],
        },
        {
          text: "Kratom exposures reported to US poison centres that involved other substances had higher odds of admission to a health-care facility (OR 2.80) and of a serious outcome (OR 2.25) than kratom-only exposures.",
          refs: ["R72"],
        },
      ],
    },
  ],
  unknowns: [
    "No dose–effect relationship or threshold amount has been established; the stimulant and sedative dose bands are not validated.",
    "Grams of product do not translate into a known alkaloid dose: alkaloid content was measured only for the few products analysed in studies.",
    "The surveys are self-selected, non-probability samples, so their proportions may not apply to a given clinic population.",
    "Whether concentrated 7-OH products carry a higher risk in people than leaf is inferred from animal data, not measured.",
    "Whether alcohol increases kratom absorption or effects is unknown (claimed only on non-scientific websites).",
  ],
};
