/**
 * The checklist's questions per step, as FHIR items. linkIds are the dotted answer paths, so a
 * response item maps straight back to the assessment answers and to finding triggers.
 * Conditions mirror the zod step schemas: an item is enabled exactly when the form asks it.
 * A test checks this table covers every field of every step schema (bar the patient reference).
 */
import * as o from "@/lib/checklist/options";
import type { StepKey } from "@/lib/checklist/steps";
import { medications } from "@/lib/medications";
import { MEDICATIONS_SYSTEM } from "./codes";
import {
  boolean,
  choice,
  freeText,
  group,
  integer,
  one,
  some,
  whenChosen,
  whenUnanswered,
} from "./item-builders";
import type { QuestionnaireItem } from "./types";

const medicationCodings = medications.map((m) => ({
  system: MEDICATIONS_SYSTEM,
  code: m.id,
  display: m.generic,
}));

export const itemsByStep: Record<StepKey, QuestionnaireItem[]> = {
  // No patient reference: it identifies the patient in the clinician's own records and never
  // leaves the app's encrypted storage except to that clinician, on screen.
  patient: [
    one("patient.ageBand", o.ageBands),
    one("patient.sex", o.sexes),
    some("patient.reasons", o.useReasons),
    freeText("patient.otherReason", "string", 200, { optional: true }),
    group(
      "patient.peg",
      [
        integer("patient.peg.pain", 0, 10),
        integer("patient.peg.enjoyment", 0, 10),
        integer("patient.peg.activity", 0, 10),
      ],
      { when: whenChosen("patient.reasons", o.useReasons, o.painReasons) },
    ),
    boolean("patient.pegDeclined", {
      optional: true,
      when: whenChosen("patient.reasons", o.useReasons, o.painReasons),
    }),
  ],
  usePattern: [
    some("usePattern.productForms", o.productForms),
    one("usePattern.amountPerDose", o.doseAmounts),
    one("usePattern.frequency", o.useFrequencies),
    integer("usePattern.dosesPerDay", 1, 30),
    one("usePattern.duration", o.useDurations),
    one("usePattern.escalation", o.yesNoUnknown),
    one("usePattern.needsMoreForEffect", o.yesNoUnknown),
    some("usePattern.coUsed", o.coUsedSubstances),
  ],
  medications: [
    choice("medications.medicationIds", medicationCodings, { repeats: true, optional: true }),
    // Free text is kept for the clinician but never checked for interactions.
    freeText("medications.otherMedicines", "text", 500, { optional: true }),
    // Asked only when nothing is listed, as the schema refuses "takes none" next to a medicine.
    boolean("medications.noneTaken", {
      when: whenUnanswered("medications.medicationIds", "medications.otherMedicines"),
    }),
  ],
  dependence: [
    one("dependence.criteriaAsked", o.criteriaAsked),
    // Not required: no criterion ticked is a valid answer (below the DSM-5 threshold).
    some("dependence.criteria", o.dsmCriteria, {
      optional: true,
      when: whenChosen("dependence.criteriaAsked", o.criteriaAsked, ["asked"]),
    }),
    one("dependence.withdrawalWhenMissed", o.withdrawalWhenMissed),
    some("dependence.withdrawalSymptoms", o.withdrawalSymptoms, {
      when: whenChosen("dependence.withdrawalWhenMissed", o.withdrawalWhenMissed, ["yes"]),
    }),
    one("dependence.lastDose", o.lastDoseTimes),
    one("dependence.quitAttempts", o.quitAttempts),
  ],
  skin: [
    one("skin.newDarkening", o.yesNoUnknown),
    some("skin.sites", o.skinSites, {
      when: whenChosen("skin.newDarkening", o.yesNoUnknown, ["yes"]),
    }),
    one("skin.colour", o.skinColours, {
      when: whenChosen("skin.newDarkening", o.yesNoUnknown, ["yes"]),
    }),
    one("skin.onset", o.skinOnsets, {
      when: whenChosen("skin.newDarkening", o.yesNoUnknown, ["yes"]),
    }),
    one("skin.fitzpatrick", o.fitzpatrickTypes),
    some("skin.otherCauses", o.pigmentationCauses),
  ],
  otherHarms: [
    some("otherHarms.liverSymptoms", o.liverSymptoms),
    one("otherHarms.seizures", o.yesNoUnknown),
    one("otherHarms.palpitationsOrFainting", o.yesNoUnknown),
    one("otherHarms.pregnancy", o.pregnancyStatuses),
  ],
};
