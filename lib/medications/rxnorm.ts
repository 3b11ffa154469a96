/**
 * RxNorm ingredient concepts (RxCUI, term type IN) for medicines of the vocabulary, so a medicine
 * coded in an EHR record is recognised by its code before its text. Every code was checked
 * against a public source that names the ingredient beside it (the table "RxNorm codes: checked
 * against" in docs/ehr-integration.md); only those are trusted. Codes written from knowledge that
 * no reachable source confirmed are kept apart (UNVERIFIED) and are NOT used to match: such an
 * entry is matched by its name, the free-text search's exact-name rule, as if it had no code
 * (docs/clinical-safety.md, H-31). Only ingredient codes are listed: a product code (SCD/SBD) is
 * not here and falls back to the display text too. Add a code only with its source.
 */
export const RXNORM_SYSTEM = "http://www.nlm.nih.gov/research/umls/rxnorm";

/** Confirmed: code → vocabulary id (sources in docs/ehr-integration.md). */
const verifiedCodes: Readonly<Record<string, string>> = {
  "704": "amitriptyline",
  "1819": "buprenorphine",
  "2556": "citalopram",
  "2670": "codeine",
  "3322": "diazepam",
  "4337": "fentanyl",
  "4493": "fluoxetine",
  "5489": "hydrocodone",
  "5521": "hydroxychloroquine",
  "6813": "methadone",
  "6980": "minocycline",
  "7052": "morphine",
  "7242": "naloxone",
  "7243": "naltrexone",
  "7804": "oxycodone",
  "10689": "tramadol",
  "11289": "warfarin",
  "32937": "paroxetine",
  "36437": "sertraline",
  "39786": "venlafaxine",
  "72625": "duloxetine",
  "321988": "escitalopram",
};

/**
 * Written from knowledge, not confirmed by a source reachable when checked (2026-12-08): never
 * used to match. Kept so the next check knows what to look for; move a code up with its source.
 */
export const UNVERIFIED_RXNORM: ReadonlyMap<string, string> = new Map(
  Object.entries({
    "161": "acetaminophen",
    "596": "alprazolam",
    "703": "amiodarone",
    "2598": "clonazepam",
    "6470": "lorazepam",
    "10737": "trazodone",
    "25480": "gabapentin",
    "39993": "zolpidem",
    "51272": "quetiapine",
    "187832": "pregabalin",
  }),
);

/** The vocabulary id of a confirmed RxNorm ingredient code, or undefined (unknown or unverified). */
export function medicationIdForRxNorm(code: string): string | undefined {
  return Object.hasOwn(verifiedCodes, code) ? verifiedCodes[code] : undefined;
}

export const rxnormCodes: ReadonlyMap<string, string> = new Map(Object.entries(verifiedCodes));
