/**
 * A FHIR medication concept (CodeableConcept) to one vocabulary medicine, under the same rule as
 * the search: a code the table knows, or else a name that the free-text reading recognises as an
 * exact generic, brand or other name (lib/medications medicineNamedExactly). A partial, approximate
 * or group match is never taken: the order is then "unmatched" and gets no card, as an
 * unrecognised free-text medicine gets no interaction finding.
 */
import { MEDICATIONS_SYSTEM } from "@/lib/fhir/codes";
import { type Medication, medicationById, medicineNamedExactly } from "@/lib/medications";

/** One coding to a vocabulary id, or undefined when the table does not know the code. */
export type CodeTable = (system: string, code: string) => string | undefined;

/**
 * The vocabulary's own code system (its ids are the codes; the Questionnaire publishes it).
 * RxNorm and other tables drop in beside it through combineCodeTables.
 */
export const ownCodes: CodeTable = (system, code) =>
  system === MEDICATIONS_SYSTEM && medicationById(code) ? code : undefined;

/** The first table that knows a coding answers for it. */
export function combineCodeTables(...tables: CodeTable[]): CodeTable {
  return (system, code) => {
    for (const table of tables) {
      const id = table(system, code);
      if (id) return id;
    }
    return undefined;
  };
}

export type MappedMedicine =
  | { status: "matched"; medication: Medication; by: "code" | "name" }
  | { status: "unmatched"; reason: "no-name" | "not-exact" | "conflict" };

const MAX_NAME = 200;
const str = (v: unknown): string | undefined =>
  typeof v === "string" && v.trim() ? v.trim().slice(0, MAX_NAME) : undefined;

function one(ids: Set<string>, by: "code" | "name"): MappedMedicine | undefined {
  if (ids.size > 1) return { status: "unmatched", reason: "conflict" };
  const [id] = ids;
  const medication = id ? medicationById(id) : undefined;
  return medication ? { status: "matched", medication, by } : undefined;
}

/**
 * Exact-name readings, remembered: reading a name scans the whole vocabulary (lib/medications
 * search), EHRs send the same few names over and over, and the vocabulary does not change
 * while the process runs. Bounded, so names an EHR never repeats cannot grow it without end.
 */
const namedCache = new Map<string, string | null>();
const NAMED_CACHE_MAX = 2_000;

function namedExactly(text: string): string | undefined {
  let id = namedCache.get(text);
  if (id === undefined) {
    id = medicineNamedExactly(text)?.id ?? null;
    if (namedCache.size >= NAMED_CACHE_MAX) namedCache.clear();
    namedCache.set(text, id);
  }
  return id ?? undefined;
}

/**
 * Codes first (the EHR's own identification of what was ordered); names only when no code is
 * known. Two codes or two names naming different medicines: unmatched, never a guess.
 */
export function mapConcept(concept: unknown, codes: CodeTable = ownCodes): MappedMedicine {
  const c = (concept ?? {}) as { coding?: unknown; text?: unknown };
  const codings = (Array.isArray(c.coding) ? c.coding : []).filter(
    (x): x is Record<string, unknown> => typeof x === "object" && x !== null,
  );
  const byCode = new Set<string>();
  for (const coding of codings) {
    const system = str(coding.system);
    const code = str(coding.code);
    const id = system && code ? codes(system, code) : undefined;
    if (id) byCode.add(id);
  }
  const coded = one(byCode, "code");
  if (coded) return coded;

  const names = [str(c.text), ...codings.map((x) => str(x.display))].filter(
    (n): n is string => n !== undefined,
  );
  if (names.length === 0) return { status: "unmatched", reason: "no-name" };
  const byName = new Set<string>();
  for (const text of names) {
    const id = namedExactly(text);
    if (id) byName.add(id);
  }
  return one(byName, "name") ?? { status: "unmatched", reason: "not-exact" };
}
