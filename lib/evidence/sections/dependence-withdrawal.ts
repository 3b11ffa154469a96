import type { SectionData } from "../types";

export const dependenceWithdrawalSection: SectionData = {
  id: "dependence-withdrawal",
  title: "Tolerance, dependence and withdrawal",
  basis: {
    atMost: {
      tier: "observational",
      because:
        "No trial of kratom dependence or withdrawal: the trial and pharmacokinetic studies cited measured pain tolerance and blood levels.",
    },
  },
  lastReviewed: "2026-12-04",
  summary:
    "Regular kratom use can lead to tolerance, physical dependence and kratom use disorder, which surveys measure with DSM-5 criteria adapted to kratom. Prevalence estimates vary widely with the sample. Withdrawal is mostly described as mild to moderate and opioid-like, with severe cases in reports. Buprenorphine has been used in case series; there are no treatment guidelines and no peer-reviewed withdrawal timeline.",
  parts: [
    {
      anchor: "prevalence",
      heading: "How common use and use disorder are",
      paragraphs: [
        {
          text: "Past-year kratom use was 0.7% in the 2019 US national drug-use survey and 0.8% past-year (1.3% lifetime) in a survey weighted to US adults; among US adolescents past-year use was 0.27%. A review describes likely several million past-year consumers in the US, with widely varying estimates.",
          refs: ["R46", "R45", "R47", "R129"],
        },
        {
          text: "Kratom use disorder estimates depend on the sample: 25.5% of 2,061 current consumers met adapted DSM-5 criteria, mostly mild or moderate; 29.5% of a re-recruited online sample of 129 (14.0% mild, 7.0% moderate, 8.5% severe); and 2% met criteria for past-year moderate or severe disorder in a self-selected survey of 2,798 users.",
          refs: ["R38", "R39", "R22"],
        },
        {
          text: "Among regular users in Malaysia, over half of 293 had severe and 45% moderate dependence on the Leeds Dependence Questionnaire, and 99% of 150 male tea drinkers met substance use disorder criteria on the MINI.",
          refs: ["R41", "R42"],
        },
        {
          text: "In the weighted US survey, 21% of kratom users scored substantial or severe on the DAST-10, against 1% of non-users.",
          refs: ["R45"],
        },
      ],
    },
    {
      anchor: "dsm5-severity",
      heading: "DSM-5 criteria and severity",
      paragraphs: [
        {
          text: "DSM-5 substance use disorder requires at least 2 of 11 criteria within 12 months; 2–3 criteria is mild, 4–5 moderate and 6 or more severe. Tolerance and withdrawal do not count when the substance is used only under appropriate medical supervision.",
          refs: ["R126"],
        },
        {
          text: "Among consumers meeting criteria adapted to kratom, tolerance (81.3%) and withdrawal (68.0%) were the most frequent. In another sample the main features were using more, tolerance, withdrawal, failed attempts to stop and craving, while only 9.3% reported giving up important activities; those authors regard tolerance and withdrawal, rather than psychosocial impairment, as the core of kratom use disorder.",
          refs: ["R38", "R39"],
        },
      ],
    },
    {
      anchor: "withdrawal",
      heading: "Withdrawal symptoms",
      paragraphs: [
        {
          text: "In a US online sample, withdrawal was moderate, with gastrointestinal upset, restlessness, anxiety, irritability, tiredness and craving. Among 395 consumers the mean Subjective Opiate Withdrawal Scale score was 13.5 (SD 11.9), described as mild to moderate.",
          refs: ["R39", "R40"],
        },
        {
          text: "Malaysian regular users described physical symptoms (muscle spasms and pain, poor sleep, watery eyes and nose, hot flushes, fever, reduced appetite, diarrhoea) and psychological ones (restlessness, tension, anger, sadness, nervousness).",
          refs: ["R41"],
        },
        {
          text: "Case reports describe more severe courses: restlessness, muscle pain, runny nose, diarrhoea, anxiety and yawning in a patient who attempted suicide by overdose during withdrawal and relapsed after detoxification; and severe abdominal cramps, sweating, blurred vision, nausea, vomiting and diarrhoea in another.",
          refs: ["R50", "R51"],
        },
      ],
    },
    {
      anchor: "frequency-and-dependence",
      heading: "Frequency of use and dependence",
      paragraphs: [
        {
          text: "Withdrawal and use-disorder symptoms were more closely associated with doses per day than with the amount per dose in 395 US consumers.",
          refs: ["R40"],
        },
        {
          text: "In Malaysia, three or more glasses of kratom tea a day were linked to greater odds of severe dependence, of withdrawal and of hard-to-control craving, and more weeks of regular use predicted more severe unwanted effects after stopping for a day or more in a US survey.",
          refs: ["R41", "R23"],
        },
      ],
    },
    {
      anchor: "treatment",
      heading: "Treatment reported",
      paragraphs: [
        {
          text: "Buprenorphine/naloxone is the treatment most often reported, in a systematic review with case series, case series and case reports, including home and telehealth inductions; the reports note that there are no formal guidelines. An expert forum has published conclusions on kratom withdrawal.",
          refs: ["R52", "R53", "R54", "R55", "R56", "R43"],
        },
        {
          text: "In a series of 28 patients using a mean of 92 g/day, 20 were still in treatment after 5–22 months (mean 11), and urine was negative for mitragynine in 68%, 82% and 82% at 4, 8 and 12 weeks.",
          refs: ["R53"],
        },
        {
          text: "Whether the buprenorphine amount needed relates to prior kratom intake is disputed (a strong correlation in one review, none in the 28-patient series). In three veterans, maintenance amounts were similar to those used for opioid use disorder, with divided daily dosing for prolonged withdrawal or co-occurring pain; the authors add that polysubstance use may call for a higher level of care and favour urine testing for kratom alkaloids.",
          refs: ["R52", "R53", "R54"],
        },
        {
          text: "Other approaches in single cases were symptom-triggered clonidine with scheduled hydroxyzine, and a dexmedetomidine infusion for severe withdrawal after naloxone.",
          refs: ["R51", "R57"],
        },
      ],
    },
    {
      anchor: "timing",
      heading: "Timing",
      paragraphs: [
        {
          text: "Evidence on timing is sparse. In one series of three patients (veterans), buprenorphine/naloxone induction appeared to be safe when started as soon as 8 hours after the last kratom use. In a placebo-controlled study in 26 daily users, 10–20 hours without kratom produced no discomfort or signs of withdrawal.",
          refs: ["R54", "R118"],
        },
        {
          text: "Mitragynine's terminal half-life was about 23 hours in chronic users, and its median half-life 45.3 hours after a single serving in healthy participants (7-OH 5.67 hours).",
          refs: ["R7", "R8", "R9"],
        },
        {
          text: "No peer-reviewed hour-by-hour withdrawal timeline was found; the timelines that circulate online come from treatment-centre, vendor and blog pages.",
          refs: [],
        },
      ],
    },
  ],
  unknowns: [
    "There is no peer-reviewed timeline of withdrawal onset, peak and duration.",
    "Kratom use disorder prevalence ranges from about 2% to 30% depending on sampling; the surveys are self-selected.",
    "Whether the buprenorphine amount needed relates to prior kratom intake is unresolved, and there are no treatment guidelines.",
    "No validation study of the Ketum (Kratom) Dependence Scale, and no formal validation of COWS or SOWS for kratom withdrawal, was seen.",
    "Use of extended-release buprenorphine for kratom use disorder, and how often specialists use buprenorphine, were seen only on non-scientific websites.",
  ],
};
