import type { SectionData } from "../types";

export const seizuresCardiacRespiratorySection: SectionData = {
  id: "seizures-cardiac-respiratory",
  title: "Seizures, cardiac and respiratory effects, and deaths",
  // Poison-centre and surveillance data are observational; mechanisms are lab/animal.
  lastReviewed: "2026-12-04",
  summary:
    "Seizures, tachycardia, QTc prolongation and respiratory depression have all been reported with kratom. Most deaths with kratom detected also involved other substances, though some had mitragynine alone. Routine urine drug screens do not detect kratom, and how often these harms occur per person using kratom is unknown.",
  parts: [
    {
      anchor: "seizures",
      heading: "Seizures",
      paragraphs: [
        {
          text: "In US poison-centre data for 2011–2017, 113 of 1,174 kratom exposures involved seizures, according to a conference abstract that also reviewed 23 published patients and noted that routine urine drug screens do not detect kratom.",
          refs: ["R99"],
        },
        {
          text: "In 11 young adults in Malaysia, seizures occurred between 10 minutes and 72 hours after drinking kratom beverages, and recurred in some; four had mixed kratom with diphenhydramine syrup.",
          refs: ["R97"],
        },
        {
          text: "Case reports include recurrent focal and generalised seizures in a 19-year-old using kratom daily for anxiety, with T1 hyperintensity of the globus pallidus on MRI at 29 months; a generalised seizure in a 27-year-old using three to four 8-mL bottles a day; a new-onset seizure needing intubation after wine, a benzodiazepine and kratom; and seizures with coma after a kratom and Datura stramonium tea in a 64-year-old also on amitriptyline and oxycodone.",
          refs: ["R95", "R96", "R98", "R68"],
        },
        {
          text: "No report of kratom with a medicine known to lower the seizure threshold, such as bupropion, tramadol or clozapine, was found apart from the amitriptyline case above; whether such medicines add to the seizure risk with kratom is unknown.",
          refs: [],
        },
      ],
    },
    {
      anchor: "cardiac",
      heading: "Cardiac effects",
      paragraphs: [
        {
          text: "Tachycardia (21.4%) and agitation or irritability (22.9%) were common effects in kratom exposures reported to US poison centres in 2011–2017.",
          refs: ["R72"],
        },
        {
          text: "A comprehensive review describes in-vitro QTc prolongation and torsades risk, a clinical study with a dose-dependent QTc increase but no torsades, and case reports of ventricular arrhythmia or cardiopulmonary arrest, possibly involving co-ingested substances. Mitragynine blocks hERG channels in vitro, and in 9 regular Malaysian users a longer QTc went with higher serum mitragynine while echocardiography was largely normal.",
          refs: ["R93", "R16", "R94"],
        },
        {
          text: "A 32-year-old who died with mitragynine as the only drug found (central blood 7.5 mg/L) had cardiomegaly and left ventricular hypertrophy.",
          refs: ["R78"],
        },
      ],
    },
    {
      anchor: "respiratory",
      heading: "Respiratory depression",
      paragraphs: [
        {
          text: "In mice, mitragynine's respiratory depression reached a ceiling, whereas 7-OH depressed breathing in proportion to dose. In rats, in a study funded by the American Kratom Foundation, breathing fell in proportion to the dose of oral oxycodone, while high oral doses of mitragynine produced mild sedation without significant respiratory depression.",
          refs: ["R3", "R6"],
        },
        {
          text: "In people, an opioid toxidrome that followed recreational kratom use was reversed with naloxone, and a 35-year-old needed intubation and dialysis for shock after heavy kratom use together with injected heroin and cocaine.",
          refs: ["R80", "R81"],
        },
      ],
    },
    {
      anchor: "deaths",
      heading: "Deaths",
      paragraphs: [
        {
          text: "In CDC surveillance of 27,338 overdose deaths (July 2016–December 2017), 152 (0.56%) had kratom detected. Kratom was judged a cause of death in 91 of these (59.9%), including 7 in which it was the only substance detected, although other substances could not be ruled out. About 80% of the decedents had a history of substance misuse.",
          refs: ["R71"],
        },
        {
          text: "US poison centres recorded 1,807 kratom exposures in 2011–2017, rising from 13 in 2011 to 682 in 2017; 31.8% were admitted, 51.9% had a serious outcome and 11 died, 2 of them after kratom alone.",
          refs: ["R72"],
        },
        {
          text: "A review of 156 deaths worldwide found 80% men, a mean age of 32.3 years, a history of drug misuse in 95%, mitragynine alone in 23% and several substances in 87%. In Thai autopsies, 24 of 2,160 decedents had mitragynine detected; pulmonary oedema and coronary atherosclerosis were the most frequent findings.",
          refs: ["R74", "R130"],
        },
        {
          text: "An NEJM letter on deaths in Colorado attributed to kratom describes an FDA warning of February 2018 that reported 44 kratom-associated deaths, one of them associated with mitragynine alone.",
          refs: ["R73"],
        },
        {
          text: "Attribution is difficult: forensic testing usually uses mitragynine as the marker, kratom is not routinely screened for, and polysubstance use, adulteration and herb–drug interactions confound the picture. In Sweden, nine deaths in 2009–2010 involved 'Krypton', kratom laced with O-desmethyltramadol, with mitragynine detected in all.",
          refs: ["R82", "R65"],
        },
      ],
    },
  ],
  unknowns: [
    "How often seizures, arrhythmias or deaths occur per person using kratom is unknown.",
    "Most deaths involved other substances, so the contribution of kratom alone is uncertain.",
    "The substances co-detected in the CDC surveillance deaths were not in the excerpt seen; the claim that fentanyl was the most common is unverified.",
    "Whether the ceiling on mitragynine's respiratory effect seen in animals applies to people is unknown.",
  ],
};
