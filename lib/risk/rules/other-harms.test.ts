import type { AssessmentAnswers } from "@/lib/checklist/schemas";
import { baseAnswers as b, withMedicines } from "../fixtures";
import { checkRuleCases, type RuleCase } from "../testing";
import { otherHarmsRules } from "./other-harms";

type Patient = AssessmentAnswers["patient"];

const harms = b;
/** Palpitations on azithromycin, a QT-prolonging medicine in the vocabulary. */
const onQtDrug = (palpitationsOrFainting: "yes" | "no") =>
  withMedicines(["azithromycin"], { otherHarms: { palpitationsOrFainting } });
/** Pregnancy not asked, for a patient of this sex and age band. */
const pregnancyUnknown = (sex: Patient["sex"], ageBand: Patient["ageBand"]) =>
  b({ patient: { sex, ageBand }, otherHarms: { pregnancy: "unknown" } });
const pregnancy = (status: string, frequency = "daily") =>
  b({ otherHarms: { pregnancy: status as never }, usePattern: { frequency: frequency as never } });

const cases: RuleCase[] = [
  {
    id: "harms.liver-symptoms",
    name: "jaundice and dark urine",
    answers: harms({ otherHarms: { liverSymptoms: ["jaundice", "dark-urine"] } }),
    fires: true,
    shows: ["Yellow skin or eyes", "Dark urine"],
  },
  { id: "harms.liver-symptoms", name: "none", answers: b(), fires: false },
  {
    id: "harms.liver-symptoms",
    name: "not asked",
    answers: harms({ otherHarms: { liverSymptoms: ["unknown"] } }),
    fires: false,
  },
  {
    id: "harms.seizures",
    name: "yes",
    answers: harms({ otherHarms: { seizures: "yes" } }),
    fires: true,
  },
  {
    id: "harms.seizures",
    name: "yes, on bupropion and tramadol (names them)",
    answers: withMedicines(["bupropion", "tramadol", "sertraline"], {
      otherHarms: { seizures: "yes" },
    }),
    fires: true,
    shows: ["bupropion", "tramadol"],
  },
  {
    id: "harms.pregnancy-not-asked",
    name: "female 25–34, pregnancy unknown",
    answers: pregnancyUnknown("female", "25-34"),
    fires: true,
    shows: ["Unknown / not asked"],
  },
  {
    id: "harms.pregnancy-not-asked",
    name: "sex not stated 18–24, pregnancy unknown",
    answers: pregnancyUnknown("not-stated", "18-24"),
    fires: true,
  },
  {
    id: "harms.pregnancy-not-asked",
    name: "male, pregnancy unknown",
    answers: pregnancyUnknown("male", "25-34"),
    fires: false,
  },
  {
    id: "harms.pregnancy-not-asked",
    name: "female 65–74, pregnancy unknown",
    answers: pregnancyUnknown("female", "65-74"),
    fires: false,
  },
  {
    id: "harms.pregnancy-not-asked",
    name: "female 25–34, not pregnant",
    answers: b({ patient: { sex: "female", ageBand: "25-34" } }),
    fires: false,
  },
  {
    id: "harms.seizures",
    name: "unknown",
    answers: harms({ otherHarms: { seizures: "unknown" } }),
    fires: false,
  },
  {
    id: "harms.palpitations",
    name: "yes, no QT medicine",
    answers: harms({ otherHarms: { palpitationsOrFainting: "yes" } }),
    fires: true,
  },
  { id: "harms.palpitations", name: "no", answers: b(), fires: false },
  {
    id: "harms.palpitations-with-qt-drug",
    name: "yes, on azithromycin",
    answers: onQtDrug("yes"),
    fires: true,
    shows: ["Yes", "azithromycin"],
  },
  {
    id: "harms.palpitations-with-qt-drug",
    name: "no, on azithromycin",
    answers: onQtDrug("no"),
    fires: false,
  },
  {
    id: "harms.palpitations",
    name: "yes, on azithromycin (QT rule instead)",
    answers: onQtDrug("yes"),
    fires: false,
  },
  {
    id: "harms.palpitations-with-qt-drug",
    name: "yes, no QT medicine",
    answers: harms({ otherHarms: { palpitationsOrFainting: "yes" } }),
    fires: false,
  },
  {
    id: "harms.pregnancy-regular-use",
    name: "pregnant, daily",
    answers: pregnancy("pregnant"),
    fires: true,
    shows: ["Pregnant", "Every day"],
  },
  {
    id: "harms.pregnancy-regular-use",
    name: "possibly pregnant, 4–6 days",
    answers: pregnancy("possibly-pregnant", "4-6-days-week"),
    fires: true,
  },
  {
    id: "harms.pregnancy-regular-use",
    name: "pregnant, weekly",
    answers: pregnancy("pregnant", "1-3-days-week"),
    fires: false,
  },
  {
    id: "harms.pregnancy",
    name: "pregnant, less than weekly",
    answers: pregnancy("pregnant", "less-than-weekly"),
    fires: true,
  },
  {
    id: "harms.pregnancy",
    name: "pregnant, daily (regular rule instead)",
    answers: pregnancy("pregnant"),
    fires: false,
  },
  { id: "harms.pregnancy", name: "not pregnant", answers: pregnancy("no"), fires: false },
  {
    id: "harms.breastfeeding",
    name: "breastfeeding",
    answers: pregnancy("breastfeeding"),
    fires: true,
    shows: ["Breastfeeding"],
  },
  { id: "harms.breastfeeding", name: "unknown", answers: pregnancy("unknown"), fires: false },
];

checkRuleCases("other-harms rules", otherHarmsRules, cases);
