/**
 * fast-check arbitraries for schema-valid answers, built from the checklist option lists so a new
 * option is exercised by the property tests without editing them (imported by *.test.ts only).
 */
import fc from "fast-check";
import { contradictionsOf } from "@/lib/checklist/contradictions";
import * as o from "@/lib/checklist/options";
import type { AssessmentAnswers } from "@/lib/checklist/schemas";
import { medications } from "@/lib/medications";

const one = <V extends string>(list: readonly o.Option<V>[]) =>
  fc.constantFrom(...list.map((x) => x.value));
const some = <V extends string>(list: readonly o.Option<V>[], min = 0, except: string[] = []) =>
  fc.uniqueArray(fc.constantFrom(...list.map((x) => x.value).filter((v) => !except.includes(v))), {
    minLength: min,
  });
/** A multi-select with exclusive answers: either one exclusive answer alone, or others. */
const exclusive = <V extends string>(list: readonly o.Option<V>[], alone: V[]) =>
  fc.oneof(fc.constantFrom(...alone.map((v) => [v])), some(list, 1, alone));
const item = fc.integer({ min: 0, max: 10 });

export const patientArb = fc.record({
  ageBand: one(o.ageBands),
  sex: one(o.sexes),
  reasons: exclusive(o.useReasons, ["unknown"]),
  peg: fc.record({ pain: item, enjoyment: item, activity: item }),
});

export const usePatternArb = fc.record({
  productForms: some(o.productForms, 1),
  amountPerDose: one(o.doseAmounts),
  frequency: one(o.useFrequencies),
  // Biased to 1–4 so the thresholds that matter (the 3-dose rules) are crossed often.
  dosesPerDay: fc.oneof(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 30 })),
  duration: one(o.useDurations),
  escalation: one(o.yesNoUnknown),
  needsMoreForEffect: one(o.yesNoUnknown),
  coUsed: exclusive(o.coUsedSubstances, ["none", "unknown"]),
});

export const medicationsArb = fc
  .record({
    medicationIds: fc.uniqueArray(fc.constantFrom(...medications.map((m) => m.id)), {
      maxLength: 8,
    }),
    otherMedicines: fc.option(fc.constantFrom("Herbal tea", "Unknown tablet"), { nil: undefined }),
  })
  .map((m) => ({
    ...m,
    noneTaken: m.medicationIds.length === 0 && !m.otherMedicines ? true : undefined,
  }));

export const dependenceArb = fc
  .record({
    criteriaAsked: one(o.criteriaAsked),
    criteria: some(o.dsmCriteria),
    withdrawalWhenMissed: one(o.withdrawalWhenMissed),
    withdrawalSymptoms: some(o.withdrawalSymptoms, 1),
    lastDose: one(o.lastDoseTimes),
    quitAttempts: one(o.quitAttempts),
  })
  .map((d) => ({
    ...d,
    criteria: d.criteriaAsked === "asked" ? d.criteria : [],
    withdrawalSymptoms: d.withdrawalWhenMissed === "yes" ? d.withdrawalSymptoms : [],
  }));

export const skinArb = fc
  .record({
    newDarkening: one(o.yesNoUnknown),
    sites: some(o.skinSites, 1),
    colour: one(o.skinColours),
    onset: one(o.skinOnsets),
    fitzpatrick: one(o.fitzpatrickTypes),
    otherCauses: exclusive(o.pigmentationCauses, ["none", "unknown"]),
  })
  .map((s) =>
    s.newDarkening === "yes"
      ? s
      : {
          newDarkening: s.newDarkening,
          sites: [],
          fitzpatrick: s.fitzpatrick,
          otherCauses: s.otherCauses,
        },
  );

export const otherHarmsArb = fc.record({
  liverSymptoms: exclusive(o.liverSymptoms, ["none", "unknown"]),
  seizures: one(o.yesNoUnknown),
  palpitationsOrFainting: one(o.yesNoUnknown),
  pregnancy: one(o.pregnancyStatuses),
});

export const answersArb: fc.Arbitrary<AssessmentAnswers> = fc
  .record({
    patient: patientArb,
    usePattern: usePatternArb,
    medications: medicationsArb,
    dependence: dependenceArb,
    skin: skinArb,
    otherHarms: otherHarmsArb,
  })
  // The schemas refuse contradictory answers (lib/checklist/contradictions.ts).
  .filter((a) => contradictionsOf(a).length === 0);
