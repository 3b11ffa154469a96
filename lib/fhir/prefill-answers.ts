/**
 * The checklist answers a launch prefills, and the list of what came from the record, shown
 * "from the record" until the clinician confirms it (docs/ehr-integration.md). Pure.
 */
import type { DraftAnswers } from "@/lib/checklist/draft";
import { ageBandFromBirthDate, type MatchedMedicines, type Sex, sexFromGender } from "./prefill";

const OTHER_MEDICINES_MAX = 500;

export interface RecordPatient {
  birthDate?: unknown;
  gender?: unknown;
}

/** What the record gave and what could not be read, kept (sealed) with the launch. */
export interface PrefillRecord {
  ageBand?: string;
  sex?: Sex;
  recognised: MatchedMedicines["recognised"];
  unrecognised: string[];
  /** Plain sentences: which part of the record could not be read, and why. */
  problems: string[];
  /** Keys of the prefilled answers the clinician confirmed one by one (prefill-confirmation.ts). */
  confirmed?: string[];
}

/**
 * Unrecognised names go into the other-medicines text, one per line, with the free text's
 * separators taken out of them so one name stays one entry. What does not fit in the field's
 * 500 characters stays listed on the page (PrefillRecord.unrecognised), never silently lost.
 */
export function otherMedicinesText(names: readonly string[]): string {
  let text = "";
  for (const name of names) {
    const clean = name
      .replace(/[,;\r\n]+/g, " ")
      .replace(/\s+/g, " ")
      .trim();
    const next = text ? `${text}\n${clean}` : clean;
    if (next.length > OTHER_MEDICINES_MAX) break;
    text = next;
  }
  return text;
}

/** The answers to put in a new draft: only what the record actually gave. */
export function prefillAnswers(input: {
  patientReference: string;
  patient?: RecordPatient;
  medicines?: MatchedMedicines;
  today: Date;
}): { answers: DraftAnswers; record: Omit<PrefillRecord, "problems"> } {
  const ageBand = input.patient
    ? ageBandFromBirthDate(input.patient.birthDate, input.today)
    : undefined;
  const sex = input.patient ? sexFromGender(input.patient.gender) : undefined;
  const answers: DraftAnswers = {
    patient: {
      patientReference: input.patientReference,
      ...(ageBand ? { ageBand } : {}),
      ...(sex ? { sex } : {}),
    },
  };
  const meds = input.medicines;
  if (meds && (meds.medicationIds.length > 0 || meds.unrecognised.length > 0)) {
    const other = otherMedicinesText(meds.unrecognised);
    answers.medications = {
      medicationIds: meds.medicationIds,
      ...(other ? { otherMedicines: other } : {}),
    };
  }
  return {
    answers,
    record: {
      ageBand,
      sex,
      recognised: meds?.recognised ?? [],
      unrecognised: meds?.unrecognised ?? [],
    },
  };
}
