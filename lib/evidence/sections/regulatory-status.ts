import type { SectionData } from "../types";

export const regulatoryStatusSection: SectionData = {
  id: "regulatory-status",
  title: "Regulatory status",
  // Regulator and government statements: authoritative on status, not evidence of effect.
  basis: {
    atMost: {
      tier: "expert-opinion",
      because: "Legal and regulatory status, not a clinical effect of kratom.",
    },
  },
  lastReviewed: "2026-11-25",
  summary:
    "In the sources seen, kratom was not scheduled under the US Controlled Substances Act, the DEA listed it as a drug of concern, and the FDA had approved no use. In 2025, concentrated 7-OH products drew state health warnings and, according to secondary news sources, an FDA recommendation to schedule them. This text is date-stamped and may be out of date.",
  parts: [
    {
      anchor: "us-federal",
      heading: "United States: federal",
      paragraphs: [
        {
          text: "In April 2019 kratom was not a scheduled substance under the Controlled Substances Act. The FDA had put out a public health advisory in November 2017, and the DEA listed kratom among its drugs of concern.",
          refs: ["R71"],
        },
        {
          text: "On 31 August 2016 the DEA published a notice of intent to place mitragynine and 7-OH temporarily in Schedule I. It withdrew the notice on 12 October 2016 after public response and asked the FDA to speed up its scientific and medical review.",
          refs: ["R27", "R28"],
        },
        {
          text: "An FDA warning of 6 February 2018 reported 44 deaths associated with kratom, one of them associated with mitragynine alone, as described in an NEJM letter.",
          refs: ["R73"],
        },
        {
          text: "Kratom and its constituents have no approval as a safe and effective treatment for any condition.",
          refs: ["R122"],
        },
      ],
    },
    {
      anchor: "seven-oh-scheduling",
      heading: "7-OH products",
      paragraphs: [
        {
          text: "The 2016 DEA notice covered 7-OH as well as mitragynine, and was withdrawn.",
          refs: ["R27", "R28"],
        },
        {
          text: "The Texas Department of State Health Services (2025) describes concentrated 7-OH products of up to 98% 7-OH, reports a rise in kratom and 7-OH poison-centre exposures in 2025, and advises people to avoid 7-OH products. Secondary news sources report that on 29 July 2025 the FDA recommended that some 7-OH products be placed under the Controlled Substances Act, while stating that natural kratom leaf products were not its focus, and that the DEA holds final authority. The FDA document itself was not seen, and a recommendation is not a scheduling action.",
          refs: ["R31", "R29", "R30"],
        },
        {
          text: "The Washington Poison Center reported that kratom and 7-OH exposures, after rising from 330 to 1,400 a year in 2015–2018 and staying steady through March 2025, increased sharply from April 2025 to 1,800 by early August; it is unclear from the page whether the figures are for the state or the whole country.",
          refs: ["R32"],
        },
      ],
    },
    {
      anchor: "international",
      heading: "Outside the United States",
      paragraphs: [
        {
          text: "A Swedish drug-information news item of February 2011, citing a 2010 report in Läkartidningen, describes nine deaths in Sweden between October 2009 and 2010 involving O-desmethyltramadol, with mitragynine detected in all; the product, 'Krypton', was kratom laced with O-desmethyltramadol. A UNODC report, seen only as quoted by a secondary source, attributes the deaths to the added O-desmethyltramadol.",
          refs: ["R65", "R66"],
        },
        {
          text: "The legal status of kratom, mitragynine and 7-OH in other countries and under the UN drug conventions is not covered by primary sources in the evidence base and is unknown here.",
          refs: [],
        },
      ],
    },
  ],
  unknowns: [
    "Whether and when the DEA acted on the 2025 FDA recommendation on 7-OH: no Federal Register notice was seen.",
    "Current state-level bans (which states, effective dates) were seen only on law-firm and vendor pages and need checking against state statutes.",
    "Status under the UN drug conventions was seen only in a secondary commentary; status in individual countries was not seen.",
    "The death count in the FDA's 2017 advisory was seen only on secondary sites.",
  ],
};
