import type { SectionData } from "../types";

export const liverInjurySection: SectionData = {
  id: "liver-injury",
  title: "Liver injury",
  // Registry series (DILIN) plus a review of case reports: observational.
  lastReviewed: "2026-12-04",
  summary:
    "Kratom is considered a likely cause of clinically apparent liver injury, usually cholestatic or mixed, with onset typically two to three weeks after starting. Jaundice is common. Most reported patients recovered, although liver transplant has been reported. How often it occurs is unknown.",
  parts: [
    {
      anchor: "pattern",
      heading: "Pattern of injury",
      paragraphs: [
        {
          text: "A comprehensive review using RUCAM causality assessment (published case reports and abstracts, US Drug-Induced Liver Injury Network cases, FDA reports and online reports) found injury that was mainly cholestatic on histology and mixed on biochemistry (median R ratio 3.4), presenting with abdominal discomfort, jaundice, itching and dark urine. The authors conclude that kratom likely causes liver injury.",
          refs: ["R83"],
        },
        {
          text: "In the Drug-Induced Liver Injury Network, 11 patients were mostly men with a median age of 40; all had symptoms with jaundice, the injury pattern varied, most were admitted to hospital, and all recovered.",
          refs: ["R84"],
        },
        {
          text: "A network abstract judged 7 of 8 cases causal, with a mixed pattern (median R 3.0) and cholestasis on biopsy. A meeting-abstract review of 53 cases found 80% cholestatic injury and 64% men; 5.6% needed a liver transplant and 9.4% had acute kidney injury, 60% of whom were dialysed.",
          refs: ["R87", "R92"],
        },
        {
          text: "On histology, kratom cholestatic injury can resemble primary biliary cholangitis, including in a case negative for antimitochondrial antibodies.",
          refs: ["R89", "R90"],
        },
      ],
    },
    {
      anchor: "latency",
      heading: "Time to onset",
      paragraphs: [
        {
          text: "Onset after starting kratom had a median of 20.6 days and a mean of 21 days (range 2–49) in the comprehensive review, a median of 14 days in the network series, and a median of 22 days (15–49) in the network abstract. Two LiverTox reference cases began 23 and 25 days after starting.",
          refs: ["R83", "R84", "R87", "R85"],
        },
      ],
    },
    {
      anchor: "cases",
      heading: "Case examples",
      paragraphs: [
        {
          text: "A 52-year-old using kratom for a right shoulder strain developed acute cholestatic hepatitis that improved with ursodeoxycholic acid. A 23-year-old using 30 g/day for 14 days developed cholestatic hepatitis with bilirubin 34.3 mg/dL.",
          refs: ["R88", "R91"],
        },
        {
          text: "LiverTox reference cases: a 29-year-old with peak bilirubin 38.2 mg/dL who had also used kava and ma huang, and a 25-year-old who had also used venlafaxine and psilocybin.",
          refs: ["R85"],
        },
        {
          text: "Some of these patients used kratom for pain: one network patient used kratom for joint pain, and the index case of the 53-case review used it for neuropathy and hip pain.",
          refs: ["R87", "R92"],
        },
        {
          text: "In another report, kratom-induced transaminitis was followed by precipitated opioid withdrawal after naltrexone.",
          refs: ["R62"],
        },
      ],
    },
  ],
  unknowns: [
    "How often kratom causes liver injury is unknown.",
    "Whether amount, duration or product type changes the risk is unknown.",
    "Whether any specific treatment helps is unknown; ursodeoxycholic acid was used in a single case report.",
    "LiverTox's likelihood category for kratom and its stated latency range were seen only through a secondary summary.",
    "The role of alcohol and other co-exposures in the reported cases is unclear.",
  ],
};
