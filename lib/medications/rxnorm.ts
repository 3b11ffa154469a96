/**
 * RxNorm ingredient concepts (RxCUI, term type IN) for medicines of the vocabulary, so a medicine
 * coded in an EHR record is recognised by its code before its text. Source: the U.S. National
 * Library of Medicine's RxNorm, as shown by RxNav (https://mor.nlm.nih.gov/RxNav/) for each
 * ingredient name. Only ingredient codes are listed: a product code (SCD/SBD, e.g. a strength and
 * form) is not here and falls back to the display text, which goes through the same search and
 * its exact-name rule (lib/fhir/prefill.ts). Add a code only with its RxNav ingredient name.
 */
export const RXNORM_SYSTEM = "http://www.nlm.nih.gov/research/umls/rxnorm";

const ingredientCodes: Readonly<Record<string, string>> = {
  "161": "acetaminophen",
  "596": "alprazolam",
  "703": "amiodarone",
  "704": "amitriptyline",
  "1819": "buprenorphine",
  "2556": "citalopram",
  "2598": "clonazepam",
  "2670": "codeine",
  "3322": "diazepam",
  "4337": "fentanyl",
  "4493": "fluoxetine",
  "5489": "hydrocodone",
  "5521": "hydroxychloroquine",
  "6470": "lorazepam",
  "6813": "methadone",
  "6980": "minocycline",
  "7052": "morphine",
  "7242": "naloxone",
  "7243": "naltrexone",
  "7804": "oxycodone",
  "10689": "tramadol",
  "10737": "trazodone",
  "11289": "warfarin",
  "25480": "gabapentin",
  "32937": "paroxetine",
  "36437": "sertraline",
  "39786": "venlafaxine",
  "39993": "zolpidem",
  "51272": "quetiapine",
  "72625": "duloxetine",
  "187832": "pregabalin",
  "321988": "escitalopram",
};

/** The vocabulary id of an RxNorm ingredient code, or undefined when the code is not listed. */
export function medicationIdForRxNorm(code: string): string | undefined {
  return Object.hasOwn(ingredientCodes, code) ? ingredientCodes[code] : undefined;
}

export const rxnormCodes: ReadonlyMap<string, string> = new Map(Object.entries(ingredientCodes));
