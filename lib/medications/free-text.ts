import { medicineGroupNamed } from "./group-words";
import { defaultChoice, isExactMatch, type MedicationMatch, searchMedications } from "./search";
import type { Medication } from "./types";

/** One entry of the "other medicines" free text, with where it sits in the text. */
export interface FreeTextEntry {
  text: string;
  start: number;
  end: number;
}

/**
 * How an entry was read. "recognised": the entry is exactly a generic, brand or other name, once
 * dose, dosage-form and sig words are set aside ("oxycodone 5 mg", "Klonopin 1 mg at night"):
 * exactly what Enter would record in the search (`defaultChoice`; also a name's start when no
 * other name starts so, "hydroxychloroq"). "suggested": only a prefix,
 * partial or approximate match, offered as a question and never added by itself. "several": the
 * entry names a brand family or a name several medicines share ("Tylenol", "Excedrin"), so the
 * products are listed and none is offered first. "group": the entry names a group of medicines
 * ("benzos"), so no single medicine is offered for it. "unrecognised": nothing matched; the entry
 * stays free text, not checked.
 */
export type FreeTextReading =
  | (FreeTextEntry & { status: "recognised"; match: MedicationMatch })
  | (FreeTextEntry & { status: "suggested"; match: MedicationMatch })
  | (FreeTextEntry & { status: "several"; matches: MedicationMatch[] })
  | (FreeTextEntry & { status: "group"; group: string })
  | (FreeTextEntry & { status: "unrecognised" });

// Entries are separated by commas, semicolons or line breaks; a dose's decimal comma is rare in
// the free text and would only split "1,5 mg" into two entries that are then not recognised.
const SEPARATOR = /[,;\n\r]+/g;

/** The non-blank entries of the text, trimmed, with their positions in it. */
export function splitFreeText(text: string): FreeTextEntry[] {
  const entries: FreeTextEntry[] = [];
  let from = 0;
  const push = (to: number) => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed)
      entries.push({ text: trimmed, start: from + lead, end: from + lead + trimmed.length });
  };
  for (const m of text.matchAll(SEPARATOR)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(text.length);
  return entries;
}

// Entries shorter than this are not guessed at: one or two letters match too much.
const MIN_SUGGEST = 3;

/** How many products of a brand family are listed for one entry. */
const MAX_SEVERAL = 6;

/**
 * Reads one entry by the same rule as Enter in the search: what Enter would record is
 * recognised; an exact name Enter would not record (a brand family) lists its products; anything
 * else is at most a suggestion.
 */
export function readFreeTextEntry(entry: FreeTextEntry): FreeTextReading {
  const group = medicineGroupNamed(entry.text);
  if (group) return { ...entry, status: "group", group };
  const results = searchMedications(entry.text);
  const choice = defaultChoice(results, entry.text);
  if (choice) return { ...entry, status: "recognised", match: choice };
  const top = results[0];
  if (top && isExactMatch(top)) {
    return { ...entry, status: "several", matches: results.slice(0, MAX_SEVERAL) };
  }
  if (top && entry.text.length >= MIN_SUGGEST) return { ...entry, status: "suggested", match: top };
  return { ...entry, status: "unrecognised" };
}

/**
 * The medicine a name from another system names (an EHR's record, a draft order), or undefined:
 * only an exact generic, brand or other name that the free-text reading recognises. The one
 * prefix match a clinician's Enter may take ("hydroxyzin" -> hydroxyzine) is not taken here: no
 * one is typing, so nobody sees the completion (issues 19 §2 and 20 §1: exact names only).
 */
export function medicineNamedExactly(text: string): Medication | undefined {
  const reading = readFreeTextEntry({ text, start: 0, end: text.length });
  return reading.status === "recognised" && isExactMatch(reading.match)
    ? reading.match.medication
    : undefined;
}

/** Every entry of the free text, read. */
export function readFreeText(text: string): FreeTextReading[] {
  return splitFreeText(text).map(readFreeTextEntry);
}

/**
 * The text without one entry and the separator after it (or before it, for the last entry), so
 * the other entries are left exactly as typed.
 */
export function removeFreeTextEntry(text: string, entry: FreeTextEntry): string {
  const after = /^\s*[,;\n\r]+\s*/.exec(text.slice(entry.end));
  if (after) return (text.slice(0, entry.start) + text.slice(entry.end + after[0].length)).trim();
  const before = /\s*[,;\n\r]+\s*$/.exec(text.slice(0, entry.start));
  const start = before ? entry.start - before[0].length : entry.start;
  return (text.slice(0, start) + text.slice(entry.end)).trim();
}
