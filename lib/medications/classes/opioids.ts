import type { InteractionClassData } from "../types";
import { cite } from "./cite";

export const opioidClasses: InteractionClassData[] = [
  {
    id: "full-opioid-agonist",
    label: "Opioid agonists",
    severity: "high",
    mechanism:
      "Mitragynine and its active metabolite 7-hydroxymitragynine act on the mu-opioid receptor, so their effects may add to those of a full opioid agonist. In Florida medical-examiner data, 79.3% of 551 decedents with mitragynine detected had at least one opioid, and opioid use was associated with higher odds of a drug-intoxication death (adjusted OR 11.7); the added risk of the combination itself has not been measured.",
    // Medical-examiner mortality data: observational.
    considerations: [
      "Consider reviewing the combined opioid effect with the patient, including how often kratom is taken and whether concentrated 7-OH products are used.",
      "May warrant closer attention to sedation and slowed breathing, especially if other sedating medicines or alcohol are also taken.",
      "Consider discussing naloxone availability; naloxone reversed an opioid toxidrome after kratom ingestion in a reported case.",
      "Consider the CYP3A and CYP2D6 findings too where the opioid is also a substrate (e.g., oxycodone, fentanyl, methadone, tramadol).",
    ],
    citations: cite(
      "interactions-opioids#full-agonists",
      "seizures-cardiac-respiratory#respiratory",
    ),
    cnsDepressant: true,
  },
  {
    id: "partial-opioid-agonist",
    label: "Buprenorphine (partial opioid agonist)",
    severity: "moderate",
    mechanism:
      "Buprenorphine acts at the same mu-opioid receptor as mitragynine and 7-hydroxymitragynine, themselves partial agonists in cell assays; how they interact at the receptor has not been studied. Buprenorphine/naloxone has been used to treat kratom dependence in case series and case reports; in one series of three patients, induction was started as early as 8 hours after the last kratom use.",
    considerations: [
      "Consider re-checking kratom amount, frequency and the time of the last dose when buprenorphine is started or reviewed, as they may have changed since this assessment.",
      "Consider that some case-series patients still had withdrawal symptoms on buprenorphine, and that reports disagree on whether the amount needed relates to prior kratom intake.",
      "May warrant attention to sedation if kratom use continues alongside buprenorphine.",
    ],
    citations: cite("interactions-opioids#partial-agonists"),
    cnsDepressant: true,
  },
  {
    // Maintenance antagonists only; rescue naloxone and nalmefene (spray, injection) have their own class.
    id: "opioid-antagonist",
    label: "Maintenance opioid antagonists (naltrexone, samidorphan, nalmefene tablets)",
    severity: "high",
    mechanism:
      "Opioid antagonists taken regularly can precipitate withdrawal in people physically dependent on kratom. Case reports describe withdrawal after naltrexone in patients whose regular kratom use had not been disclosed, beginning about an hour after the first dose in one. No report involving samidorphan or nalmefene was found; they are included by mechanism.",
    considerations: [
      "Consider re-checking the time of the last kratom dose before an opioid antagonist is started, as it may have changed since this assessment.",
      "May warrant observation for withdrawal after a first antagonist dose in a person who uses kratom regularly.",
      "Consider making sure the prescriber of the antagonist knows about the kratom use.",
    ],
    citations: cite("interactions-opioids#antagonists"),
    cnsDepressant: false,
  },
];
