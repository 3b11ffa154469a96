import type { SectionData } from "../types";

export const painUseSection: SectionData = {
  id: "pain-use",
  title: "Kratom used for pain",
  // Surveys and one experimental-pain RCT in healthy users; no trial in clinical pain.
  basis: {
    atMost: {
      tier: "observational",
      because:
        "The one trial measured experimental pain tolerance in healthy users; no trial in clinical pain exists.",
    },
  },
  lastReviewed: "2026-11-25",
  summary:
    "Pain is the reason most often given for using kratom, but no clinical trial has tested it in chronic or joint pain. The only controlled human study measured tolerance of experimental pain in healthy regular users. Kratom and its constituents have no approval as a safe and effective treatment for any condition.",
  parts: [
    {
      anchor: "self-treatment",
      heading: "Self-treatment of pain",
      paragraphs: [
        {
          text: "In a self-selected survey of 2,798 users, pain was the reason given most often (91%).",
          refs: ["R22"],
        },
        {
          text: "Of 395 consumers, 49.1% met criteria for chronic pain and 69.2% said adequate pain care was hard to obtain. Relieving pain was the daily motive endorsed most often, and in real-time momentary assessments, lower current pain went with recent use.",
          refs: ["R119"],
        },
        {
          text: "In a survey of 8,049 users, people reported more improvement in mental-health symptoms than in physical conditions such as back pain, rheumatoid arthritis, acute or chronic pain and fibromyalgia.",
          refs: ["R120"],
        },
        {
          text: "In a residential substance use treatment sample, 18.4% of kratom users cited disability or chronic pain, and in a crowdsourced US study chronic pain was more common among people who used kratom (31.7% against 21.9%).",
          refs: ["R48", "R49"],
        },
      ],
    },
    {
      anchor: "trials",
      heading: "Clinical trials",
      paragraphs: [
        {
          text: "No clinical trial of kratom's efficacy in chronic pain was found. A guide for healthcare providers attributes much of the confusion about kratom to the lack of trials of its efficacy and safety, and points out that kratom and its constituents have no approval as a safe and effective treatment for any condition.",
          refs: ["R122"],
        },
        {
          text: "The only controlled human analgesia study seen was a randomised, double-blind, placebo-controlled cold-pressor test in 26 healthy male daily users in Malaysia: pain tolerance rose from 11.2 to 24.9 seconds one hour after kratom (p = 0.02) and did not change after placebo. The sample was small, variability was large, and the pain was experimental rather than clinical.",
          refs: ["R118"],
        },
      ],
    },
    {
      anchor: "harms-in-pain-users",
      heading: "Adverse events in people using kratom for pain",
      paragraphs: [
        {
          text: "People using kratom for musculoskeletal pain appear among adverse-event reports: liver injury in users with joint pain, a shoulder strain, and neuropathy with hip pain; intractable vomiting in a 62-year-old with osteoporotic joint pain after a first use of kratom suggested by a relative; and hyperpigmentation in a user with chronic back pain.",
          refs: ["R87", "R88", "R92", "R121", "R107"],
        },
      ],
    },
    {
      anchor: "peg",
      heading: "Tracking pain: the PEG scale",
      paragraphs: [
        {
          text: "The PEG is a three-item scale drawn from the Brief Pain Inventory: average pain intensity, interference with enjoyment of life and interference with general activity. In its initial validation, internal consistency (alpha) was 0.73 and 0.89, construct validity correlations were 0.60–0.89 and 0.77–0.95, and it responded to change at 6 months.",
          refs: ["R125"],
        },
        {
          text: "It gives a validated way to follow pain and function over time in a person who self-treats with kratom. How the three items are combined into a score was not stated in the sources seen.",
          refs: ["R125"],
        },
      ],
    },
  ],
  unknowns: [
    "Whether kratom relieves chronic or joint pain, including arthritis, is unknown: there are no clinical trials, only self-report surveys and one experimental-pain study in healthy regular users.",
    "Long-term benefit or harm in people who self-treat pain with kratom is unknown.",
    "The PEG scoring rule was not stated in the sources seen.",
  ],
};
