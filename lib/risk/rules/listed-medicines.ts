import type { AssessmentAnswers } from "@/lib/checklist/schemas";
import { medicationById } from "@/lib/medications";
import type { InteractionClassId, Medication } from "@/lib/medications/types";
import { said } from "../questions";
import type { Trigger } from "../types";

/**
 * The listed medicines and the union of their classes, worked out once per answers object:
 * every interaction rule asks, and assess() runs them all on the same answers.
 */
const cache = new WeakMap<
  AssessmentAnswers["medications"],
  { key: string; meds: Medication[]; classes: Set<InteractionClassId> }
>();

export function listed(a: AssessmentAnswers): {
  meds: Medication[];
  classes: Set<InteractionClassId>;
} {
  // The key guards against a caller changing the list in place between two calls.
  const key = a.medications.medicationIds.join(",");
  let hit = cache.get(a.medications);
  if (!hit || hit.key !== key) {
    const meds = a.medications.medicationIds.flatMap((id) => medicationById(id) ?? []);
    hit = { key, meds, classes: new Set(meds.flatMap((m) => m.classes)) };
    cache.set(a.medications, hit);
  }
  return hit;
}

/** Triggers naming (by generic name only) each listed medicine that belongs to the class. */
export function medicinesIn(a: AssessmentAnswers, classId: InteractionClassId): Trigger[] {
  const { meds, classes } = listed(a);
  if (!classes.has(classId)) return [];
  return meds.flatMap((m) =>
    m.classes.includes(classId) ? [said("medications.medicationIds", m.generic)] : [],
  );
}
