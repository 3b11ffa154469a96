/**
 * Single risk factors to add to any answers, for the monotonicity property tests (imported by
 * *.test.ts only). Each adds one thing and keeps the answers schema-valid; `pick` chooses which
 * medicine, criterion or symptom so fast-check can explore them all.
 */
import { isCarried } from "@/lib/checklist/carry-over";
import * as o from "@/lib/checklist/options";
import type { AssessmentAnswers } from "@/lib/checklist/schemas";
import { medications } from "@/lib/medications";

const values = <V extends string>(list: readonly o.Option<V>[]) => list.map((x) => x.value);
export type Add = (a: AssessmentAnswers, pick: number) => AssessmentAnswers;
const nth = <T>(list: readonly T[], pick: number) => list[pick % list.length];
const addTo = <T>(list: readonly T[], x: T, drop: readonly NoInfer<T>[] = []) =>
  list.includes(x) ? [...list] : [...list.filter((v) => !drop.includes(v)), x];

/** Each adds one risk factor and nothing else, keeping the answers schema-valid. */
export const riskFactors: Record<string, Add> = {
  "a medicine": (a, p) => {
    const ids = addTo(a.medications.medicationIds, nth(medications, p).id);
    return { ...a, medications: { ...a.medications, medicationIds: ids, noneTaken: undefined } };
  },
  "a DSM-5 criterion": (a, p) => {
    // Tolerance, withdrawal and cutting down are carried over from earlier answers (their own
    // factors below add them); ticking one beside a "no" there is refused as a contradiction.
    const own = values(o.dsmCriteria).filter((c) => !isCarried(c));
    const criteria = addTo(a.dependence.criteria, nth(own, p));
    return { ...a, dependence: { ...a.dependence, criteriaAsked: "asked", criteria } };
  },
  "daily use": (a) => ({ ...a, usePattern: { ...a.usePattern, frequency: "daily" } }),
  "one more dose a day": (a) => ({
    ...a,
    usePattern: { ...a.usePattern, dosesPerDay: Math.min(30, a.usePattern.dosesPerDay + 1) },
  }),
  "co-used alcohol": (a) => ({
    ...a,
    usePattern: {
      ...a.usePattern,
      coUsed: addTo(a.usePattern.coUsed, "alcohol", ["none", "unknown"]),
    },
  }),
  "a co-used substance": (a, p) => {
    const s = nth(
      values(o.coUsedSubstances).filter((v) => v !== "none" && v !== "unknown"),
      p,
    );
    return {
      ...a,
      usePattern: { ...a.usePattern, coUsed: addTo(a.usePattern.coUsed, s, ["none", "unknown"]) },
    };
  },
  "a product form": (a, p) => {
    const forms = addTo(a.usePattern.productForms, nth(values(o.productForms), p));
    return { ...a, usePattern: { ...a.usePattern, productForms: forms } };
  },
  "escalation and tolerance": (a) => ({
    ...a,
    usePattern: { ...a.usePattern, escalation: "yes", needsMoreForEffect: "yes" },
  }),
  "use for over 5 years": (a) => ({
    ...a,
    usePattern: { ...a.usePattern, duration: "over-5-years" },
  }),
  "withdrawal when missed": (a, p) => {
    const symptoms = addTo(a.dependence.withdrawalSymptoms, nth(values(o.withdrawalSymptoms), p));
    const d = {
      ...a.dependence,
      withdrawalWhenMissed: "yes" as const,
      withdrawalSymptoms: symptoms,
    };
    return { ...a, dependence: d };
  },
  "a failed quit attempt": (a) => ({
    ...a,
    dependence: { ...a.dependence, quitAttempts: "unsuccessful" },
  }),
  "another pigmentation cause": (a, p) => {
    const causes = values(o.pigmentationCauses).filter((v) => v !== "none" && v !== "unknown");
    const otherCauses = addTo(a.skin.otherCauses, nth(causes, p), ["none", "unknown"]);
    return { ...a, skin: { ...a.skin, otherCauses } };
  },
  "a liver symptom": (a, p) => {
    const all = values(o.liverSymptoms).filter((v) => v !== "none" && v !== "unknown");
    const liverSymptoms = addTo(a.otherHarms.liverSymptoms, nth(all, p), ["none", "unknown"]);
    return { ...a, otherHarms: { ...a.otherHarms, liverSymptoms } };
  },
  seizures: (a) => ({ ...a, otherHarms: { ...a.otherHarms, seizures: "yes" } }),
  "palpitations or fainting": (a) => ({
    ...a,
    otherHarms: { ...a.otherHarms, palpitationsOrFainting: "yes" },
  }),
};
