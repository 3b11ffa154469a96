/**
 * Other-harms screen: liver, seizures, heart rhythm, pregnancy and breastfeeding.
 * These are symptoms or states already present, so most rules are high: each has reported cases
 * of serious outcomes with kratom. Paired rules (with/without a QT-prolonging medicine, regular/
 * occasional use in pregnancy) are mutually exclusive and only ever step up.
 */

import * as o from "@/lib/checklist/options";
import type { AssessmentAnswers } from "@/lib/checklist/schemas";
import { couldBePregnant } from "../coverage";
import { chose, choseEach } from "../questions";
import { cite, ifAny, type Rule } from "../rule";
import { medicinesIn } from "./interactions";
import { frequencyTrigger, REGULAR_FREQUENCIES } from "./use-pattern";

const liverSymptoms = (a: AssessmentAnswers) =>
  a.otherHarms.liverSymptoms.filter((s) => s !== "none" && s !== "unknown");
const palpitations = (a: AssessmentAnswers) =>
  a.otherHarms.palpitationsOrFainting === "yes"
    ? [chose("otherHarms.palpitationsOrFainting", o.yesNoUnknown, "yes")]
    : null;
const pregnant = (a: AssessmentAnswers) =>
  ["pregnant", "possibly-pregnant"].includes(a.otherHarms.pregnancy);
const regular = (a: AssessmentAnswers) => REGULAR_FREQUENCIES.includes(a.usePattern.frequency);
const pregnancyTrigger = (a: AssessmentAnswers) =>
  chose("otherHarms.pregnancy", o.pregnancyStatuses, a.otherHarms.pregnancy);

const ecg = "Consider an ECG to look at the QTc interval.";
const babyTeam = "Consider telling the team who will care for the baby about kratom use.";
const pregnancyCitations = cite("pregnancy-neonatal#neonatal-abstinence");

export const otherHarmsRules: Rule[] = [
  {
    id: "harms.liver-symptoms",
    domain: "other-harms",
    severity: "high",
    title: "Symptoms that may point to liver injury",
    why: "Symptoms such as jaundice, dark urine, pale stools or itching are reported. Kratom is a reported cause of liver injury, mostly cholestatic, usually starting two to three weeks after starting use; most people recovered, a few needed a transplant.",
    considerations: [
      "Consider liver tests (bilirubin, ALT, alkaline phosphatase), and asking when the symptoms began relative to starting kratom.",
      "Consider asking about alcohol and other products or medicines that can injure the liver.",
      "May warrant stopping exposure to suspected causes and specialist review if tests are abnormal.",
    ],
    citations: cite("liver-injury#pattern", "liver-injury#latency", "liver-injury#cases"),
    when: (a) => ifAny(choseEach("otherHarms.liverSymptoms", o.liverSymptoms, liverSymptoms(a))),
  },
  {
    id: "harms.seizures",
    domain: "other-harms",
    severity: "high",
    title: "Seizures reported",
    why: "The patient has had seizures. Seizures after kratom use are described in case reports and series, some recurrent, some with other substances such as diphenhydramine or alcohol.",
    considerations: [
      "Consider asking about the timing of the seizures relative to kratom doses.",
      "Consider asking about other substances taken around the seizures.",
      "May warrant neurological assessment if not already done.",
      "Consider that kratom is not detected by routine urine drug screens.",
    ],
    citations: cite("seizures-cardiac-respiratory#seizures"),
    // Names the listed medicines that lower the seizure threshold (bupropion, tramadol, ...).
    when: (a) =>
      a.otherHarms.seizures === "yes"
        ? [
            chose("otherHarms.seizures", o.yesNoUnknown, "yes"),
            ...medicinesIn(a, "seizure-threshold"),
          ]
        : null,
    moreConsiderations: (a) => {
      const names = medicinesIn(a, "seizure-threshold").map((t) => t.answer);
      return names.length > 0
        ? [
            `Consider reviewing the listed medicines that lower the seizure threshold (${names.join(", ")}) with their prescribers.`,
          ]
        : [];
    },
  },
  {
    id: "harms.palpitations-with-qt-drug",
    domain: "other-harms",
    severity: "high",
    title: "Palpitations or fainting with a QT-prolonging medicine",
    why: "Palpitations or fainting are reported while a medicine that prolongs the QT interval is taken. Mitragynine blocks the cardiac hERG channel in the laboratory, and QTc rose with blood mitragynine in regular users.",
    considerations: [ecg, "May warrant reviewing the QT-prolonging medicine with its prescriber."],
    basis: {
      atMost: {
        tier: "case-reports",
        because:
          "Heart-rhythm changes with kratom come from a case series of regular users; the poison-centre figures cited count exposures, not rhythms.",
      },
    },
    citations: cite("seizures-cardiac-respiratory#cardiac", "interactions-qt#qt-prolongation"),
    when: (a) => {
      const qt = medicinesIn(a, "qt-prolonging");
      const p = palpitations(a);
      return p && qt.length > 0 ? [...p, ...qt] : null;
    },
  },
  {
    id: "harms.palpitations",
    domain: "other-harms",
    severity: "moderate",
    title: "Palpitations or fainting",
    why: "Palpitations or fainting are reported. Fast heart rate is a common effect in kratom exposures, and QTc prolongation linked to mitragynine levels has been described in regular users.",
    considerations: [ecg, "Consider asking about stimulants and other substances taken."],
    basis: {
      atMost: {
        tier: "case-reports",
        because:
          "Heart-rhythm changes with kratom come from a case series of regular users; the poison-centre figures cited count exposures, not rhythms.",
      },
    },
    citations: cite("seizures-cardiac-respiratory#cardiac"),
    when: (a) => (medicinesIn(a, "qt-prolonging").length === 0 ? palpitations(a) : null),
  },
  {
    id: "harms.pregnancy-regular-use",
    domain: "other-harms",
    severity: "high",
    title: "Regular kratom use in pregnancy",
    why: "The patient is or may be pregnant and uses kratom on most days. Neonatal abstinence syndrome has been reported after regular maternal kratom use, sometimes needing weeks of treatment, and kratom is missed by standard urine screens.",
    considerations: [
      babyTeam,
      "May warrant involving obstetric care early, and planning any reduction rather than an abrupt stop.",
    ],
    basis: {
      atMost: {
        tier: "case-reports",
        because:
          "Neonatal withdrawal after kratom in pregnancy is known from case reports; the poison-centre figures cited count exposures, not outcomes.",
      },
    },
    citations: pregnancyCitations,
    when: (a) => (pregnant(a) && regular(a) ? [pregnancyTrigger(a), frequencyTrigger(a)] : null),
  },
  {
    id: "harms.pregnancy",
    domain: "other-harms",
    severity: "moderate",
    title: "Kratom use in pregnancy",
    why: "The patient is or may be pregnant and uses kratom. Neonatal abstinence syndrome has been reported after regular maternal use; the risk from occasional use is unknown.",
    considerations: [babyTeam, "Consider asking whether use has changed during pregnancy."],
    basis: {
      atMost: {
        tier: "case-reports",
        because:
          "Neonatal withdrawal after kratom in pregnancy is known from case reports; the poison-centre figures cited count exposures, not outcomes.",
      },
    },
    citations: pregnancyCitations,
    when: (a) => (pregnant(a) && !regular(a) ? [pregnancyTrigger(a), frequencyTrigger(a)] : null),
  },
  {
    id: "harms.pregnancy-not-asked",
    domain: "other-harms",
    severity: "info",
    title: "Pregnancy status not asked",
    why: "The patient could be pregnant by age and sex, but whether they are pregnant or breastfeeding is unknown. Neonatal abstinence syndrome has been reported after regular maternal kratom use, and kratom is missed by standard urine screens, so the answer changes what the summary can say.",
    considerations: [
      "Consider asking whether the patient is or may be pregnant, or is breastfeeding.",
    ],
    basis: {
      atMost: {
        tier: "case-reports",
        because:
          "Neonatal withdrawal after kratom in pregnancy is known from case reports; the poison-centre figures cited count exposures, not outcomes.",
      },
    },
    citations: pregnancyCitations,
    when: (a) =>
      a.otherHarms.pregnancy === "unknown" && couldBePregnant(a) ? [pregnancyTrigger(a)] : null,
  },
  {
    id: "harms.breastfeeding",
    domain: "other-harms",
    severity: "moderate",
    title: "Kratom use while breastfeeding",
    why: "The patient is breastfeeding and uses kratom. Whether kratom passes into breast milk, and its effects on the infant, are unknown.",
    considerations: [
      "Consider discussing what is unknown with the patient.",
      "Consider asking the infant's clinician to watch for drowsiness, poor feeding or withdrawal-like signs.",
    ],
    citations: cite("pregnancy-neonatal#breastfeeding"),
    when: (a) =>
      a.otherHarms.pregnancy === "breastfeeding"
        ? [pregnancyTrigger(a), frequencyTrigger(a)]
        : null,
  },
];
