import type { SectionData } from "../types";

export const interactionsOpioidsSection: SectionData = {
  id: "interactions-opioids",
  title: "Interactions: opioids, buprenorphine and opioid antagonists",
  // Mortality data on opioid co-use are observational (medical-examiner and surveillance data);
  // antagonist and buprenorphine data are case reports and case series (said in the text).
  lastReviewed: "2026-12-04",
  summary:
    "In a large medical-examiner dataset, most decedents with mitragynine detected also had an opioid present, and opioid co-use was associated with higher odds of a drug-intoxication death. Buprenorphine has been used for kratom dependence in case series. Opioid antagonists given to people with regular kratom use have precipitated withdrawal in case reports.",
  parts: [
    {
      anchor: "full-agonists",
      heading: "Full opioid agonists",
      paragraphs: [
        {
          text: "In Florida medical-examiner data for 2020–2021, 93% of 551 decedents with mitragynine detected had several substances present and 79.3% at least one opioid; opioid use was associated with higher odds of a drug-intoxication death (adjusted OR 11.7).",
          refs: ["R77"],
        },
        {
          text: "A county coroner review found mitragynine in 4 of 214 opioid overdose deaths, three of them with fentanyl. In CDC surveillance of 27,338 overdose deaths (July 2016–December 2017), 152 had kratom detected, and postmortem toxicology found several substances.",
          refs: ["R76", "R71"],
        },
        {
          text: "Kratom itself can produce an opioid toxidrome: in what its authors call the first such case, one that followed recreational kratom use was reversed with naloxone.",
          refs: ["R80"],
        },
        {
          text: "No study has measured how much kratom adds to the effects of full opioid agonists. The concern rests on the mu-opioid activity of its alkaloids and on the mortality data above.",
          refs: ["R1", "R77"],
        },
      ],
    },
    {
      anchor: "partial-agonists",
      heading: "Buprenorphine (partial agonist)",
      paragraphs: [
        {
          text: "Mitragynine and 7-OH are themselves partial mu-opioid agonists in cell assays. How they interact with buprenorphine at the receptor has not been studied.",
          refs: ["R1"],
        },
        {
          text: "Buprenorphine/naloxone has been used to treat kratom withdrawal and dependence in a systematic review with case series, in case series and in case reports, including telehealth and unobserved home inductions. These reports note the absence of formal guidelines.",
          refs: ["R52", "R53", "R54", "R55", "R56"],
        },
        {
          text: "In one series of three patients (veterans), induction appeared to be safe when started as soon as 8 hours after the last kratom use, although some still had prolonged withdrawal symptoms on buprenorphine.",
          refs: ["R54"],
        },
        {
          text: "Reports disagree on whether the buprenorphine amount needed relates to prior kratom intake: a review with case series found a strong correlation (r = 0.84), a series of 28 patients found none.",
          refs: ["R52", "R53"],
        },
      ],
    },
    {
      anchor: "antagonists",
      heading: "Opioid antagonists and precipitated withdrawal",
      paragraphs: [
        {
          text: "Naltrexone given to people whose regular kratom use had not been disclosed has precipitated opioid withdrawal in case reports: after intramuscular naltrexone in a patient who also had kratom-related transaminitis; after naltrexone in a second patient; and in a 34-year-old with alcohol use disorder using 12 kratom capsules a day, whose withdrawal began about an hour after the first naltrexone dose and resolved with buprenorphine/naloxone.",
          refs: ["R62", "R63", "R64"],
        },
        {
          text: "Naloxone has been reported in both directions. In one case it reversed an opioid toxidrome that followed recreational kratom use. In another, a heavy long-term kratom user given naloxone (two 2 mg doses) developed severe agitation, tachycardia and sweating, described as acute kratom withdrawal, which responded to a dexmedetomidine infusion.",
          refs: ["R80", "R57"],
        },
        {
          text: "No report involving nalmefene was found; whether it precipitates withdrawal in the same way is unknown.",
          refs: [],
        },
      ],
    },
    {
      anchor: "other-opioid-receptor-drugs",
      heading: "Mixed agonist-antagonists and peripherally acting antagonists",
      paragraphs: [
        {
          text: "No report of kratom with a mixed opioid agonist-antagonist (butorphanol, nalbuphine, pentazocine) or with a peripherally acting opioid antagonist (methylnaltrexone, naloxegol, naldemedine, alvimopan) was found. Any concern is inferred from their actions at opioid receptors and from the antagonist reports above.",
          refs: [],
        },
      ],
    },
  ],
  unknowns: [
    "The added risk of respiratory depression when kratom is combined with full opioid agonists has not been quantified.",
    "How long after the last kratom use an opioid antagonist can be given without precipitating withdrawal is unknown.",
    "No data were found for nalmefene, the mixed agonist-antagonists or the peripherally acting antagonists.",
    "Whether kratom alters the effect of buprenorphine at the receptor has not been studied, and whether the buprenorphine amount needed relates to prior kratom intake is disputed.",
    "In mortality data, co-detection does not show which substance caused death.",
  ],
};
