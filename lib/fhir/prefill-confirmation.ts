/**
 * Which answers a launch prefilled from the record still need the clinician's confirmation
 * (docs/ehr-integration.md, "Confirming what came from the record"). Each prefilled answer (age
 * band, sex, each recognised medicine) is one field; it stays "from the record" until the
 * clinician confirms it, or gives another answer (then the answer is theirs, not the record's).
 * The same function decides the marks on the steps and the refusal of an unconfirmed submit.
 * Pure.
 */
import type { DraftAnswers } from "@/lib/checklist/draft";
import type { PrefillRecord } from "./prefill-answers";

export interface PrefilledField {
  /** Stable key stored in the confirmation list: a form path, or `medicine:<id>`. */
  key: string;
  /** The form path the answer lives at (where a refused submit puts its message). */
  path: string;
  /** The value the record gave. */
  value: string;
}

export const MEDICINES_PATH = "medications.medicationIds";
export const medicineKey = (medicationId: string) => `medicine:${medicationId}`;

/** Every answer the launch prefilled, in the order of the steps. */
export function prefilledFields(
  record: Pick<PrefillRecord, "ageBand" | "sex" | "recognised">,
): PrefilledField[] {
  const fields: PrefilledField[] = [];
  if (record.ageBand)
    fields.push({ key: "patient.ageBand", path: "patient.ageBand", value: record.ageBand });
  if (record.sex) fields.push({ key: "patient.sex", path: "patient.sex", value: record.sex });
  for (const id of new Set(record.recognised.map((m) => m.medicationId)))
    fields.push({ key: medicineKey(id), path: MEDICINES_PATH, value: id });
  return fields;
}

/** True while the answer at the field is still the one the record gave. */
export function stillFromRecord(field: PrefilledField, answers: DraftAnswers): boolean {
  const [step, name] = field.path.split(".") as [keyof DraftAnswers, string];
  const current = (answers[step] as Record<string, unknown> | undefined)?.[name];
  if (field.path === MEDICINES_PATH) return Array.isArray(current) && current.includes(field.value);
  return current === field.value;
}

/**
 * The prefilled answers not confirmed yet: still the record's value, and neither confirmed one
 * by one nor all at once (`confirmedAt`, the step-level "confirm all").
 */
export function unconfirmedFields(
  record: Pick<PrefillRecord, "ageBand" | "sex" | "recognised" | "confirmed">,
  answers: DraftAnswers,
  confirmedAt?: Date | null,
): PrefilledField[] {
  if (confirmedAt) return [];
  const confirmed = new Set(record.confirmed ?? []);
  return prefilledFields(record).filter(
    (f) => !confirmed.has(f.key) && stillFromRecord(f, answers),
  );
}

/** The record with these keys confirmed too (unknown keys are ignored). */
export function withConfirmed<
  T extends Pick<PrefillRecord, "ageBand" | "sex" | "recognised" | "confirmed">,
>(record: T, keys: readonly string[]): T {
  const known = new Set(prefilledFields(record).map((f) => f.key));
  const confirmed = new Set(record.confirmed ?? []);
  for (const key of keys) if (known.has(key)) confirmed.add(key);
  return { ...record, confirmed: [...confirmed] };
}

/** A refused submit's messages, one per form path, naming what is still from the record. */
export function unconfirmedMessages(
  fields: readonly PrefilledField[],
  nameOf: (medicationId: string) => string,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const meds = fields.filter((f) => f.path === MEDICINES_PATH).map((f) => nameOf(f.value));
  for (const f of fields)
    if (f.path !== MEDICINES_PATH)
      out[f.path] = [
        "From the record and not confirmed yet: confirm it with the patient or change it.",
      ];
  if (meds.length > 0)
    out[MEDICINES_PATH] = [
      `From the record and not confirmed yet: ${meds.join(", ")}. Confirm each with the patient or remove it.`,
    ];
  return out;
}
