/**
 * Coverage is judged per item, not per domain: which key items of each domain were not answered
 * (unknown, declined or not asked) or could not be checked (a medicine typed as free text).
 *
 * A domain is
 * - "assessed" when none of its key items is missing;
 * - "not-assessed" when all of its core items are missing and none of its rules found a risk
 *   (nothing to go on, nothing found; an information-only finding may still ask for an item):
 *   it has no level;
 * - "partly-assessed" otherwise: its level is what the answered items show, and counts only as a
 *   floor ("at least"), never as a plain "low".
 * A finding always counts: it is evidence of risk whatever else is missing, so dropping it would
 * let an added risk factor lower the overall level.
 *
 * Each missing item carries the question to ask next, in the form's words: question wording
 * only, never the patient's answer text (free-text medicines are not echoed).
 */
import { isNotAsked } from "@/lib/checklist/gates";
import type { AssessmentAnswers } from "@/lib/checklist/schemas";
import type { Domain, MissingItem } from "./types";

interface KeyItem extends MissingItem {
  /** Core items decide "not assessed": a domain with all core items missing has nothing to go on. */
  core: boolean;
  missing: (a: AssessmentAnswers) => boolean;
}

/** Age bands within the reproductive years, for asking about pregnancy. */
const REPRODUCTIVE_AGE_BANDS: readonly string[] = ["under-18", "18-24", "25-34", "35-44", "45-54"];

/**
 * True when the patient could be pregnant by the answers given: female or sex not stated (or
 * other / intersex), in a reproductive-age band. Pregnancy status is then a key item.
 */
export function couldBePregnant(a: AssessmentAnswers): boolean {
  return a.patient.sex !== "male" && REPRODUCTIVE_AGE_BANDS.includes(a.patient.ageBand);
}

/** Missing when the question holds its not-asked answer, as the question table defines it. */
const notAsked = (path: string) => (a: AssessmentAnswers) => isNotAsked(path, a);
const darkening = (a: AssessmentAnswers) => a.skin.newDarkening === "yes";

const keyItems: Record<Domain, KeyItem[]> = {
  "use-pattern": [
    {
      path: "patient.reasons",
      item: "Reasons for kratom use not asked",
      ask: "Ask why the patient uses kratom (pain, mood, energy, cutting down opioids…): pain brings the PEG-3 items.",
      core: false,
      missing: notAsked("patient.reasons"),
    },
    {
      path: "usePattern.amountPerDose",
      item: "Amount per dose not known",
      ask: "Ask the usual amount per dose: grams of leaf, or the product and how much of it.",
      core: false,
      missing: notAsked("usePattern.amountPerDose"),
    },
    {
      path: "usePattern.productForms",
      item: "Product type not identified",
      ask: "Ask the product name and whether it is labelled 7-OH, extract or 'alkaloid'.",
      core: false,
      missing: notAsked("usePattern.productForms"),
    },
    {
      path: "usePattern.escalation",
      item: "Whether the amount has gone up not known",
      ask: "Ask whether the amount taken has gone up in recent months.",
      core: false,
      missing: notAsked("usePattern.escalation"),
    },
    {
      path: "usePattern.needsMoreForEffect",
      item: "Tolerance not known",
      ask: "Ask whether more kratom is needed now for the same effect.",
      core: false,
      missing: notAsked("usePattern.needsMoreForEffect"),
    },
    {
      path: "usePattern.coUsed",
      item: "Other substances used with kratom not asked",
      ask: "Ask about alcohol, non-prescribed opioids or sedatives, stimulants and cannabis used with kratom: most deaths with kratom detected involved other substances.",
      core: false,
      missing: notAsked("usePattern.coUsed"),
    },
    {
      path: "patient.peg",
      item: "PEG-3 pain scores not asked or declined",
      ask: "Ask the three PEG items (average pain, interference with enjoyment of life and with general activity in the past week).",
      core: false,
      missing: (a) => isNotAsked("patient.pegDeclined", a) && !a.patient.peg,
    },
  ],
  interactions: [
    {
      path: "medications.otherMedicines",
      item: "Medicines typed as free text not checked for interactions",
      ask: "Search each free-text medicine by generic or brand name and add it from the list, so it is checked.",
      core: false,
      missing: (a) => Boolean(a.medications.otherMedicines?.trim()),
    },
  ],
  dependence: [
    {
      path: "dependence.criteria",
      item: "DSM-5 criteria not asked",
      ask: "Ask the 11 DSM-5 criteria for the past 12 months.",
      core: true,
      missing: notAsked("dependence.criteriaAsked"),
    },
    {
      path: "dependence.withdrawalWhenMissed",
      item: "Withdrawal when doses are missed not known",
      ask: "Ask whether symptoms appear when a dose is missed or delayed.",
      core: true,
      missing: notAsked("dependence.withdrawalWhenMissed"),
    },
    {
      path: "dependence.withdrawalWhenMissed",
      item: "Withdrawal untested: no dose has been missed",
      ask: "Ask about symptoms when a dose is later than usual, and again at later visits.",
      core: true,
      missing: (a) => a.dependence.withdrawalWhenMissed === "never-missed",
    },
    {
      path: "dependence.quitAttempts",
      item: "Earlier attempts to stop not asked",
      ask: "Ask whether the patient has tried to stop before, and what happened.",
      core: false,
      missing: notAsked("dependence.quitAttempts"),
    },
    {
      path: "dependence.lastDose",
      item: "Time since the last dose not known",
      ask: "Ask when kratom was last taken: it dates any withdrawal and matters before an opioid or buprenorphine is started.",
      core: false,
      missing: notAsked("dependence.lastDose"),
    },
  ],
  skin: [
    {
      path: "skin.newDarkening",
      item: "New skin darkening not asked",
      ask: "Ask about, or look for, new darkening of the skin, especially on sun-exposed areas.",
      core: true,
      missing: notAsked("skin.newDarkening"),
    },
    {
      path: "skin.onset",
      item: "Onset of the darkening not known",
      ask: "Ask when the darkening started relative to starting kratom.",
      core: false,
      missing: (a) => darkening(a) && isNotAsked("skin.onset", a),
    },
    {
      path: "skin.otherCauses",
      item: "Other causes of pigmentation not asked",
      ask: "Ask about minocycline, amiodarone, antimalarials, other pigmenting medicines and metals (e.g. silver supplements).",
      core: false,
      missing: (a) => darkening(a) && isNotAsked("skin.otherCauses", a),
    },
    {
      path: "skin.fitzpatrick",
      item: "Fitzpatrick skin type not assessed",
      ask: "Look at the skin and note the Fitzpatrick type, so the darkening can be read against the patient's usual skin.",
      core: false,
      missing: (a) => darkening(a) && isNotAsked("skin.fitzpatrick", a),
    },
  ],
  "other-harms": [
    {
      path: "otherHarms.liverSymptoms",
      item: "Liver symptoms not asked",
      ask: "Ask about yellow skin or eyes, dark urine, pale stools, itching and right upper abdominal pain.",
      core: true,
      missing: notAsked("otherHarms.liverSymptoms"),
    },
    {
      path: "otherHarms.seizures",
      item: "Seizures not known",
      ask: "Ask about any seizures since kratom use began.",
      core: true,
      missing: notAsked("otherHarms.seizures"),
    },
    {
      path: "otherHarms.palpitationsOrFainting",
      item: "Palpitations or fainting not known",
      ask: "Ask about palpitations or fainting since kratom use began.",
      core: true,
      missing: notAsked("otherHarms.palpitationsOrFainting"),
    },
    {
      path: "otherHarms.pregnancy",
      item: "Pregnancy status not known",
      ask: "Ask whether the patient is or may be pregnant, or is breastfeeding.",
      // Pregnancy alone is not a harms screen, so it never makes the domain "not assessed".
      core: false,
      missing: (a) => isNotAsked("otherHarms.pregnancy", a) && couldBePregnant(a),
    },
  ],
};

const strip = ({ path, item, ask }: KeyItem): MissingItem => ({ path, item, ask });

/** The key items of a domain that were not answered or not checked, in form order. */
export function missingItems(domain: Domain, a: AssessmentAnswers): MissingItem[] {
  return keyItems[domain].filter((k) => k.missing(a)).map(strip);
}

/** True when every core item of the domain is missing: nothing to go on. */
export function nothingToGoOn(domain: Domain, a: AssessmentAnswers): boolean {
  const core = keyItems[domain].filter((k) => k.core);
  // Each core question counts once, whichever of its "missing" readings applies.
  const paths = new Set(core.map((k) => k.path));
  const missingPaths = new Set(core.filter((k) => k.missing(a)).map((k) => k.path));
  return core.length > 0 && missingPaths.size === paths.size;
}

/**
 * Kept for callers of ruleset 1.x: the missing items of a domain as short phrases. Unlike 1.x it
 * lists partly missing items too; `assess` decides the status.
 */
export function missingKeyAnswers(domain: Domain, a: AssessmentAnswers): string[] {
  return missingItems(domain, a).map((m) => m.item);
}
