import type { AssessmentAnswers } from "@/lib/checklist/schemas";
import { medicationById } from "@/lib/medications";
import type { InteractionClassId } from "@/lib/medications/types";
import { said } from "../questions";
import type { Trigger } from "../types";

/** Triggers naming (by generic name only) each listed medicine that belongs to the class. */
export function medicinesIn(a: AssessmentAnswers, classId: InteractionClassId): Trigger[] {
  return a.medications.medicationIds.flatMap((id) => {
    const med = medicationById(id);
    return med?.classes.includes(classId) ? [said("medications.medicationIds", med.generic)] : [];
  });
}
