import type { DraftAnswers } from "@/lib/checklist/draft";

/**
 * Starting values for every field: arrays start empty so checkbox groups bind as arrays,
 * radios start unset so nothing is pre-chosen for the clinician.
 */
export function emptyAnswers(): DraftAnswers {
  return {
    patient: { patientReference: "", reasons: [], otherReason: "" },
    usePattern: { productForms: [], coUsed: [] },
    medications: { medicationIds: [], otherMedicines: "", noneTaken: false },
    dependence: { criteria: [], withdrawalSymptoms: [] },
    skin: { sites: [], otherCauses: [] },
    otherHarms: { liverSymptoms: [] },
  };
}

/** A saved draft over the empty form, step by step, so new fields still get their defaults. */
export function withDefaults(saved: DraftAnswers): DraftAnswers {
  const base = emptyAnswers();
  const merged: Record<string, unknown> = {};
  for (const key of Object.keys(base) as (keyof DraftAnswers)[]) {
    merged[key] = { ...base[key], ...(saved[key] ?? {}) };
  }
  return merged as DraftAnswers;
}
