/**
 * What a SMART launch prefills from the EHR record (docs/ehr-integration.md): the age band from
 * `birthDate`, the sex from `gender`, and the current medicines from active MedicationRequest and
 * MedicationStatement resources (with their Medication references resolved). A medicine is added
 * to the checklist only when its RxNorm ingredient code is known or its text is exactly a name of
 * the vocabulary (the free-text search's rule); everything else is kept as "from the record, not
 * recognised" and goes into the other-medicines text, so nothing from the record is dropped.
 * Pure: the server fetches the resources, this decides what they mean.
 */
import { ageBands } from "@/lib/checklist/options";
import { medicineNamedExactly } from "@/lib/medications/free-text";
import { medicationIdForRxNorm, RXNORM_SYSTEM } from "@/lib/medications/rxnorm";

type AgeBand = (typeof ageBands)[number]["value"];
export type Sex = "female" | "male" | "other" | "not-stated";

interface CodeableConcept {
  text?: string;
  coding?: { system?: string; code?: string; display?: string }[];
}
interface Reference {
  reference?: string;
  display?: string;
}
/** The parts of MedicationRequest / MedicationStatement (R4) the prefill reads. */
export interface MedicationEntry {
  resourceType: "MedicationRequest" | "MedicationStatement";
  status?: string;
  medicationCodeableConcept?: CodeableConcept;
  medicationReference?: Reference;
}
export interface MedicationResource {
  resourceType: "Medication";
  id?: string;
  code?: CodeableConcept;
}

// Band edges in years, from the option list ("18-24" → 18; "90+" → 90; "under-18" → 0).
const bandStarts = ageBands.map((b) => ({
  value: b.value as AgeBand,
  from: b.value === "under-18" ? 0 : Number.parseInt(b.value, 10),
}));
const bandOf = (age: number): AgeBand =>
  [...bandStarts].reverse().find((b) => age >= b.from)?.value ?? bandStarts[0].value;

function ageOn(birth: { y: number; m: number; d: number }, today: Date): number {
  const [y, m, d] = [today.getUTCFullYear(), today.getUTCMonth() + 1, today.getUTCDate()];
  return y - birth.y - (m < birth.m || (m === birth.m && d < birth.d) ? 1 : 0);
}

/**
 * The age band on `today` from a FHIR date (YYYY, YYYY-MM or YYYY-MM-DD). A partial date gives a
 * range of ages; the band is returned only when the whole range falls in one band (90+ is the top
 * band, so any age from 90 up is one band), otherwise undefined and the clinician chooses.
 */
export function ageBandFromBirthDate(birthDate: unknown, today: Date): AgeBand | undefined {
  if (typeof birthDate !== "string") return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(birthDate);
  if (!m) return undefined;
  const y = Number(m[1]);
  const earliest = { y, m: m[2] ? Number(m[2]) : 1, d: m[3] ? Number(m[3]) : 1 };
  const latest = { y, m: m[2] ? Number(m[2]) : 12, d: m[3] ? Number(m[3]) : 31 };
  const oldest = ageOn(earliest, today);
  const youngest = ageOn(latest, today);
  if (youngest < 0 || oldest > 130) return undefined;
  const band = bandOf(youngest);
  return bandOf(oldest) === band ? band : undefined;
}

/** FHIR administrative gender → the checklist's sex; "unknown" is recorded as not stated. */
export function sexFromGender(gender: unknown): Sex | undefined {
  if (gender === "female" || gender === "male" || gender === "other") return gender;
  if (gender === "unknown") return "not-stated";
  return undefined;
}

/** One medicine as the record names it. */
export interface RecordMedicine {
  source: MedicationEntry["resourceType"];
  text: string;
  rxnorm: string[];
}

const ACTIVE = new Set(["active", "on-hold", "intended"]);

function nameOf(concept: CodeableConcept | undefined): string | undefined {
  return concept?.text?.trim() || concept?.coding?.find((c) => c.display?.trim())?.display?.trim();
}

/**
 * The current medicines of the record: active (or on hold, or intended) entries, each with its
 * name and RxNorm codes, from the entry's own concept or its Medication. An entry whose
 * Medication cannot be read is still listed, by the reference's display or as unreadable.
 */
export function recordMedicines(
  entries: readonly MedicationEntry[],
  medications: ReadonlyMap<string, MedicationResource>,
): RecordMedicine[] {
  const out: RecordMedicine[] = [];
  for (const entry of entries) {
    if (entry.status && !ACTIVE.has(entry.status)) continue;
    const ref = entry.medicationReference;
    const concept =
      entry.medicationCodeableConcept ??
      (ref?.reference ? medications.get(ref.reference)?.code : undefined);
    const rxnorm = (concept?.coding ?? [])
      .filter((c) => c.system === RXNORM_SYSTEM && c.code)
      .map((c) => String(c.code));
    const text =
      nameOf(concept) ?? ref?.display?.trim() ?? "A medicine whose name could not be read";
    out.push({ source: entry.resourceType, text, rxnorm });
  }
  return out;
}

export interface MatchedMedicines {
  /** Vocabulary ids to add to the checklist, each once. */
  medicationIds: string[];
  recognised: { text: string; medicationId: string; by: "rxnorm" | "name" }[];
  /** Listed for the clinician "from the record, not recognised"; never dropped. */
  unrecognised: string[];
}

/**
 * A confirmed RxNorm code first, then an exact name (medicineNamedExactly); the rest
 * unrecognised. When the code and the entry's own name point at two different medicines, the
 * entry is listed unrecognised rather than trusting either: a wrong code must never silently
 * put one medicine in place of another (docs/clinical-safety.md, H-31).
 */
export function matchRecordMedicines(list: readonly RecordMedicine[]): MatchedMedicines {
  const result: MatchedMedicines = { medicationIds: [], recognised: [], unrecognised: [] };
  for (const medicine of list) {
    const byCode = medicine.rxnorm.map(medicationIdForRxNorm).find(Boolean);
    const byName = medicineNamedExactly(medicine.text)?.id;
    const id = byCode && byName && byCode !== byName ? undefined : (byCode ?? byName);
    if (!id) {
      if (!result.unrecognised.includes(medicine.text)) result.unrecognised.push(medicine.text);
      continue;
    }
    result.recognised.push({
      text: medicine.text,
      medicationId: id,
      by: byCode ? "rxnorm" : "name",
    });
    if (!result.medicationIds.includes(id)) result.medicationIds.push(id);
  }
  return result;
}
