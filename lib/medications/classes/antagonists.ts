import type { InteractionClassData } from "../types";
import { cite } from "./cite";

/**
 * Opioid-receptor medicines other than full agonists, buprenorphine and maintenance antagonists
 * (see opioids.ts): they differ in what they do to a person physically dependent on kratom.
 */
export const antagonistClasses: InteractionClassData[] = [
  {
    id: "mixed-agonist-antagonist",
    label: "Mixed opioid agonist-antagonists (butorphanol, nalbuphine, pentazocine)",
    severity: "moderate",
    mechanism:
      "No kratom-specific interaction data were found; the concern is inferred. These medicines have antagonist as well as agonist actions at opioid receptors, so in a person physically dependent on kratom they could precipitate withdrawal, as opioid antagonists have in case reports; they also add sedation.",
    basis: {
      atMost: {
        tier: "extrapolated",
        because:
          "No report with kratom: inferred from precipitated withdrawal after full opioid antagonists.",
      },
    },
    considerations: [
      "Consider re-checking kratom amount, frequency and the time of the last dose before a mixed agonist-antagonist is given, as they may have changed since this assessment.",
      "May warrant observation for withdrawal after a first dose in a person who uses kratom regularly.",
      "May warrant attention to sedation, especially with other sedating medicines or alcohol.",
    ],
    citations: cite(
      "interactions-opioids#other-opioid-receptor-drugs",
      "interactions-opioids#antagonists",
    ),
    cnsDepressant: true,
  },
  {
    id: "peripheral-opioid-antagonist",
    label: "Peripherally acting opioid antagonists (rated by mechanism)",
    severity: "low",
    mechanism:
      "No kratom-specific interaction data were found; the concern is inferred from mechanism. Methylnaltrexone, naloxegol, naldemedine and alvimopan block opioid receptors mainly outside the brain, so the withdrawal reported after naltrexone in regular kratom users is less expected with them; withdrawal-like symptoms remain possible and no report either way was found.",
    basis: {
      atMost: {
        tier: "extrapolated",
        because:
          "No report with kratom: inferred from precipitated withdrawal after full opioid antagonists.",
      },
    },
    considerations: [
      "Consider asking about abdominal pain, diarrhoea, sweating or other withdrawal-like symptoms after a dose in a person who uses kratom regularly.",
      "Consider making sure the prescriber knows about the kratom use.",
    ],
    citations: cite(
      "interactions-opioids#other-opioid-receptor-drugs",
      "interactions-opioids#antagonists",
    ),
    cnsDepressant: false,
  },
  {
    // Not an interaction risk: carrying a rescue antagonist is protective.
    id: "rescue-opioid-antagonist",
    label: "Rescue naloxone or nalmefene (overdose reversal)",
    severity: "info",
    mechanism:
      "Not a drug interaction: a rescue antagonist carried for a suspected opioid overdose is protective. Naloxone reversed an opioid toxidrome after kratom use in a reported case. In a heavy long-term kratom user given naloxone, severe agitation, tachycardia and sweating followed, described as acute kratom withdrawal. No report involving nalmefene was found.",
    basis: {
      atMost: {
        tier: "case-reports",
        because:
          "Naloxone reversal after kratom is known from case reports; the death data cited are about opioids overall.",
      },
    },
    considerations: [
      "Consider confirming that the patient and the people around them know when the rescue product is used and that emergency help is still called.",
      "Consider mentioning that withdrawal symptoms may follow a rescue dose in a person who uses kratom regularly.",
      "Consider confirming that the nalmefene is a rescue nasal spray or injection: nalmefene tablets taken for alcohol use (Selincro) act as a maintenance antagonist and are recorded as a separate medicine.",
    ],
    citations: cite("interactions-opioids#antagonists", "interactions-opioids#full-agonists"),
    cnsDepressant: false,
  },
];
