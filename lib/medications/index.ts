/**
 * The medicines vocabulary and interaction classes: pure data and lookups, no React, Next or
 * database, so the form, the rules, the server and the CLI share one copy.
 */
import { interactionClasses } from "./classes";
import type { InteractionClass, InteractionClassId, Medication } from "./types";
import { vocabulary } from "./vocabulary";

export { interactionClasses } from "./classes";
export {
  type FreeTextEntry,
  type FreeTextReading,
  medicineNamedExactly,
  readFreeText,
  readFreeTextEntry,
  removeFreeTextEntry,
  splitFreeText,
} from "./free-text";
export { medicineGroupNamed } from "./group-words";
export { type OptionLabel, optionLabel, productDifference, typedProduct } from "./labels";
export {
  defaultChoice,
  familyMembers,
  isExactMatch,
  isFamilyName,
  type MatchKind,
  type MedicationMatch,
  type NameKind,
  normalizeName,
  searchMedications,
} from "./search";
export type { InteractionClass, InteractionClassId, Medication, Severity } from "./types";
export { interactionClassIds } from "./types";

export const medications: readonly Medication[] = vocabulary;

const medicationsById = new Map(medications.map((m) => [m.id, m]));
const classesById = new Map(interactionClasses.map((c) => [c.id, c]));

export function medicationById(id: string): Medication | undefined {
  return medicationsById.get(id);
}

/** Used by the checklist schema: only vocabulary ids may be stored as structured medicines. */
export { isKnownMedicationId } from "./ids";

export function interactionClassById(id: InteractionClassId): InteractionClass;
export function interactionClassById(id: string): InteractionClass | undefined;
export function interactionClassById(id: string): InteractionClass | undefined {
  return classesById.get(id as InteractionClassId);
}

/** The union of the classes of the given medicines; unknown ids are ignored. */
export function classesOf(ids: readonly string[]): Set<InteractionClassId> {
  const result = new Set<InteractionClassId>();
  for (const id of ids) {
    for (const c of medicationsById.get(id)?.classes ?? []) result.add(c);
  }
  return result;
}
