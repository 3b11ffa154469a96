import type { SectionData } from "../types";

export const screeningToolsSection: SectionData = {
  id: "screening-tools",
  title: "Screening and assessment tools",
  // The tools have validation studies in general populations; none was validated
  // for kratom in the sources seen (said in the text).
  lastReviewed: "2026-11-25",
  summary:
    "General validated instruments can structure the assessment: DSM-5 substance use disorder criteria, the COWS and SOWS opioid withdrawal scales, the TAPS and DAST-10 screens and the PEG pain scale. None was validated for kratom in the sources seen; applying them to kratom is an adaptation.",
  parts: [
    {
      anchor: "dsm5",
      heading: "DSM-5 substance use disorder criteria",
      paragraphs: [
        {
          text: "The 11 criteria, assessed over 12 months, are: using larger amounts or for longer than intended; unsuccessful efforts to cut down; much time spent on the substance; craving; failing in major roles; social problems; giving up activities; hazardous use; continued use despite problems; tolerance; and withdrawal. Two or more criteria make the diagnosis: 2–3 mild, 4–5 moderate, 6 or more severe. Tolerance and withdrawal are not counted when the substance is used only under appropriate medical supervision.",
          refs: ["R126"],
        },
        {
          text: "DSM-5 merged the earlier abuse and dependence categories, removed legal problems as a criterion and added craving.",
          refs: ["R127"],
        },
        {
          text: "US kratom studies applied these criteria to kratom (kratom use disorder).",
          refs: ["R38", "R39", "R40"],
        },
      ],
    },
    {
      anchor: "withdrawal-scales",
      heading: "Withdrawal scales",
      paragraphs: [
        {
          text: "The Clinical Opiate Withdrawal Scale (COWS) is completed by the clinician and rates 11 signs and symptoms: resting pulse, sweating, restlessness, pupil size, bone or joint aches, runny nose or tearing, gastrointestinal upset, tremor, yawning, anxiety or irritability, and gooseflesh. The total ranges from 0 to 48; 5–12 is mild, 13–24 moderate, 25–36 moderately severe and above 36 severe. It has been used in Malaysian kratom users.",
          refs: ["R58", "R42"],
        },
        {
          text: "The Subjective Opiate Withdrawal Scale (SOWS) is completed by the patient and rates 16 symptoms from 0 to 4 each (a possible total of 0–64). It has been used in US kratom consumers, with a mean score of 13.5.",
          refs: ["R59", "R40"],
        },
        {
          text: "The Ketum (Kratom) Dependence Scale has been used in Malaysian users, but its validation paper was not seen, and no formal validation of COWS or SOWS for kratom withdrawal was seen. A systematic review of case reports on kratom addiction and physical dependence points to ambiguous diagnoses and to assessment tools being under-used.",
          refs: ["R42", "R44"],
        },
      ],
    },
    {
      anchor: "taps-dast10",
      heading: "Substance use screens: TAPS and DAST-10",
      paragraphs: [
        {
          text: "The TAPS tool is a four-item screen followed by a substance-specific risk assessment. Compared with the CIDI interview in 2,000 adult primary-care patients, a cut-off of 1 or more for problem use gave sensitivity 0.93 and specificity 0.87 for tobacco and 0.74 and 0.79 for alcohol; for illicit and prescription drugs sensitivity ranged from 0.82 (marijuana) to 0.63 (sedatives), with specificity of 0.93 or more. Self- and interviewer-administered versions performed similarly. Kratom is not a named TAPS substance class in the sources seen, so asking about it under other substances would be an unvalidated adaptation.",
          refs: ["R123"],
        },
        {
          text: "The DAST-10 has 10 yes/no items about the past 12 months, excluding alcohol and tobacco, with item 3 reverse-scored. Scores are read as 0 none, 1–2 low, 3–5 moderate, 6–8 substantial and 9–10 severe. In a weighted US survey, 21% of kratom users scored substantial or severe.",
          refs: ["R124", "R45"],
        },
      ],
    },
    {
      anchor: "peg-3",
      heading: "PEG three-item pain scale",
      paragraphs: [
        {
          text: "The PEG uses three items from the Brief Pain Inventory: average pain intensity, interference with enjoyment of life and interference with general activity. Its initial validation reported internal consistency of 0.73 and 0.89, construct validity correlations of 0.60–0.89 and 0.77–0.95, and responsiveness to change at 6 months. How the items are combined into a score was not stated in the sources seen.",
          refs: ["R125"],
        },
      ],
    },
  ],
  unknowns: [
    "None of these tools has been validated for kratom in the sources seen; their use with kratom is an adaptation.",
    "The PEG scoring rule and the TAPS second-stage risk cut-points were not stated in the sources seen.",
    "No validation study of the Ketum (Kratom) Dependence Scale was seen.",
  ],
};
