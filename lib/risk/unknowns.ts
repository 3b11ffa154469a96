/**
 * Each key item with its reassuring answer and its "unknown / not asked" answer, for the property
 * tests (imported by *.test.ts only): leaving an item unanswered must never read better than
 * the reassuring answer, and must never leave its domain plainly "assessed".
 */
import type { AssessmentAnswers } from "@/lib/checklist/schemas";
import { couldBePregnant } from "./coverage";
import type { Domain } from "./types";

type Set = (a: AssessmentAnswers) => AssessmentAnswers;

export interface UnknownItem {
  domain: Domain;
  /** Whether the item is asked at all for these answers (e.g. onset only with darkening). */
  applies: (a: AssessmentAnswers) => boolean;
  reassuring: Set;
  unknown: Set;
}

const up = (a: AssessmentAnswers, p: Partial<AssessmentAnswers["usePattern"]>) => ({
  ...a,
  usePattern: { ...a.usePattern, ...p },
});
const dep = (a: AssessmentAnswers, p: Partial<AssessmentAnswers["dependence"]>) => ({
  ...a,
  dependence: { ...a.dependence, ...p },
});
const skin = (a: AssessmentAnswers, p: Partial<AssessmentAnswers["skin"]>) => ({
  ...a,
  skin: { ...a.skin, ...p },
});
const harms = (a: AssessmentAnswers, p: Partial<AssessmentAnswers["otherHarms"]>) => ({
  ...a,
  otherHarms: { ...a.otherHarms, ...p },
});
const always = () => true;
const darkening = (a: AssessmentAnswers) => a.skin.newDarkening === "yes";
const noDarkening = { sites: [], colour: undefined, onset: undefined };

export const unknownItems: Record<string, UnknownItem> = {
  "amount per dose": {
    domain: "use-pattern",
    applies: always,
    reassuring: (a) => up(a, { amountPerDose: "under-2g" }),
    unknown: (a) => up(a, { amountPerDose: "unknown" }),
  },
  escalation: {
    domain: "use-pattern",
    applies: always,
    reassuring: (a) => up(a, { escalation: "no" }),
    unknown: (a) => up(a, { escalation: "unknown" }),
  },
  tolerance: {
    domain: "use-pattern",
    applies: always,
    reassuring: (a) => up(a, { needsMoreForEffect: "no" }),
    unknown: (a) => up(a, { needsMoreForEffect: "unknown" }),
  },
  "other substances used with kratom": {
    domain: "use-pattern",
    applies: always,
    reassuring: (a) => up(a, { coUsed: ["none"] }),
    unknown: (a) => up(a, { coUsed: ["unknown"] }),
  },
  "DSM-5 criteria": {
    domain: "dependence",
    applies: always,
    reassuring: (a) => dep(a, { criteriaAsked: "asked", criteria: [] }),
    unknown: (a) => dep(a, { criteriaAsked: "not-asked", criteria: [] }),
  },
  "withdrawal when missed": {
    domain: "dependence",
    applies: always,
    reassuring: (a) => dep(a, { withdrawalWhenMissed: "no", withdrawalSymptoms: [] }),
    unknown: (a) => dep(a, { withdrawalWhenMissed: "unknown", withdrawalSymptoms: [] }),
  },
  "quit attempts": {
    domain: "dependence",
    applies: always,
    reassuring: (a) => dep(a, { quitAttempts: "none" }),
    unknown: (a) => dep(a, { quitAttempts: "unknown" }),
  },
  "new darkening": {
    domain: "skin",
    applies: always,
    reassuring: (a) => skin(a, { newDarkening: "no", ...noDarkening }),
    unknown: (a) => skin(a, { newDarkening: "unknown", ...noDarkening }),
  },
  "onset of darkening": {
    domain: "skin",
    applies: darkening,
    reassuring: (a) => skin(a, { onset: "before-kratom" }),
    unknown: (a) => skin(a, { onset: "unknown" }),
  },
  "other pigmentation causes": {
    domain: "skin",
    applies: darkening,
    reassuring: (a) => skin(a, { otherCauses: ["none"] }),
    unknown: (a) => skin(a, { otherCauses: ["unknown"] }),
  },
  "Fitzpatrick type": {
    domain: "skin",
    applies: darkening,
    reassuring: (a) => skin(a, { fitzpatrick: "III" }),
    unknown: (a) => skin(a, { fitzpatrick: "unknown" }),
  },
  "liver symptoms": {
    domain: "other-harms",
    applies: always,
    reassuring: (a) => harms(a, { liverSymptoms: ["none"] }),
    unknown: (a) => harms(a, { liverSymptoms: ["unknown"] }),
  },
  seizures: {
    domain: "other-harms",
    applies: always,
    reassuring: (a) => harms(a, { seizures: "no" }),
    unknown: (a) => harms(a, { seizures: "unknown" }),
  },
  "palpitations or fainting": {
    domain: "other-harms",
    applies: always,
    reassuring: (a) => harms(a, { palpitationsOrFainting: "no" }),
    unknown: (a) => harms(a, { palpitationsOrFainting: "unknown" }),
  },
  pregnancy: {
    domain: "other-harms",
    applies: couldBePregnant,
    reassuring: (a) => harms(a, { pregnancy: "no" }),
    unknown: (a) => harms(a, { pregnancy: "unknown" }),
  },
};
