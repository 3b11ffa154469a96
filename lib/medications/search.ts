import {
  isDoseTerm,
  isDoseWord,
  isFormWord,
  isSameProductWord,
  without,
  withoutSig,
} from "./dose-words";
import { medicineGroupNamed } from "./group-words";
import { normalizeName } from "./normalize";
import type { Medication } from "./types";
import { otherNames, vocabulary } from "./vocabulary";

export { normalizeName };

/** Which kind of vocabulary name matched. */
export type NameKind = "generic" | "brand" | "other-name";

/**
 * How a result matched, so the form can say it: the whole query is a generic, brand or other
 * name ("generic", "brand", "other-name"); a name starts with the query or its words start with
 * the query's words ("prefix"); a name contains the query ("partial"); or a name is within one or
 * two typing errors of it ("approximate", which is a guess and must be shown as one: a typo can
 * be another real medicine).
 */
export type MatchKind = NameKind | "prefix" | "partial" | "approximate";

export interface MedicationMatch {
  medication: Medication;
  /** The name that matched, as written in the vocabulary (generic, brand or other name). */
  matched: string;
  kind: MatchKind;
  /** Whether `matched` is the generic name, a brand or another name. */
  nameKind: NameKind;
  /**
   * For a "prefix" match: every typed word is a whole word of the name, which goes on with words
   * that make it another product ("Excedrin" -> "Excedrin PM"; not "Toprol" -> "Toprol XL").
   */
  wholeWords?: boolean;
  /** Matched only once dose, sig or form words were set aside: the name's start is a guess. */
  stripped?: boolean;
}

/** An exact generic, brand or other name: the only matches a clinician's text is "recognised" by. */
export function isExactMatch(match: MedicationMatch | undefined): boolean {
  return match?.kind === "generic" || match?.kind === "brand" || match?.kind === "other-name";
}

/**
 * The result Enter may pick for `query` without the clinician moving to it with the arrow keys,
 * and the only one the free-text reading recognises. `results` must be the whole result list
 * (not a page of it): the choice depends on what else matched. Enter records:
 * - an exact generic, brand or other name (case, salt, dose and sig words aside), unless another
 *   medicine has the same name, or the name is a brand family's ("Tylenol", "Advil", "Excedrin")
 *   that other products extend ("Tylenol PM", "Excedrin PM"): the clinician must say which;
 * - a name that starts with what was typed, only when it is the one result and the typed text
 *   ends inside a word of it ("hydroxychloroq"), not before more words ("Excedrin" -> "Excedrin PM").
 * Never a partial or approximate match, never the first of several prefixes ("hydro" starts
 * hydrocodone and hydroxychloroquine), and never anything for a word naming a group of medicines
 * ("benzo" starts benzonatate, a cough medicine, not a benzodiazepine).
 */
export function defaultChoice(
  results: readonly MedicationMatch[],
  query: string,
): MedicationMatch | undefined {
  const top = results[0];
  if (!top || medicineGroupNamed(query)) return undefined;
  if (top.kind === "prefix") {
    return results.length === 1 && !top.wholeWords && !top.stripped ? top : undefined;
  }
  if (!isExactMatch(top)) return undefined;
  // Results hold each medicine once, so a second exact name is another medicine's.
  if (results.slice(1).some(isExactMatch)) return undefined;
  if (top.kind === "brand" && isFamilyName(top.matched, top.medication.id)) return undefined;
  return top;
}

/**
 * Whether `name` (a brand of medicine `id`) starts, as whole words, a name of another medicine:
 * "Excedrin" starts "Excedrin PM", "Nurofen" starts "Nurofen Plus". Typed alone it names a
 * family of products, and the plain one is only one of them.
 */
export function isFamilyName(name: string, id: string): boolean {
  const owners = extendedBy.get(normalizeName(name));
  return owners !== undefined && [...owners].some((o) => o !== id);
}

/** The medicines whose names other brands extend ("excedrin" -> Excedrin PM's medicine). */
export function familyMembers(name: string): string[] {
  return [...(extendedBy.get(normalizeName(name)) ?? [])];
}

// Which kind of name matched: breaks ties so a generic is preferred to a brand.
const GENERIC = 0;
const OTHER_NAME = 1;
const BRAND = 2;
const nameKinds: readonly NameKind[] = ["generic", "other-name", "brand"];

interface IndexedName {
  medication: Medication;
  name: string;
  norm: string;
  words: string[];
  kind: number;
  /** How many times each letter (and any digit) occurs in the name (see `tooFar`). */
  counts: Uint8Array;
}

const slot = (c: number) => (c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? 26 : -1);

function charCounts(text: string): Uint8Array {
  const counts = new Uint8Array(27);
  for (let i = 0; i < text.length; i++) {
    const k = slot(text.charCodeAt(i));
    if (k >= 0 && counts[k] < 255) counts[k]++;
  }
  return counts;
}

/**
 * Whether the name is surely more than `max` edits from the query: each occurrence of a
 * character the query has more often than the name costs at least one edit (a substitution or
 * an insertion fixes one; a transposition none), and a prefix of the name has no more of any
 * character than the whole name. Cheap, so most names skip the edit-distance table.
 */
function tooFar(query: Uint8Array, name: Uint8Array, max: number): boolean {
  let excess = 0;
  for (let k = 0; k < 27; k++) {
    if (query[k] > name[k]) {
      excess += query[k] - name[k];
      if (excess > max) return true;
    }
  }
  return false;
}

// Built once at module load: the vocabulary is static, so queries only compare strings.
const index: IndexedName[] = vocabulary.flatMap((m) => {
  const names: [string, number][] = [
    [m.generic, GENERIC],
    ...(otherNames[m.id] ?? []).map((n): [string, number] => [n, OTHER_NAME]),
    ...m.brands.map((b): [string, number] => [b, BRAND]),
  ];
  return names.map(([name, kind]) => {
    const norm = normalizeName(name);
    return { medication: m, name, norm, words: norm.split(" "), kind, counts: charCounts(norm) };
  });
});

// Every whole-word start of every name, with the medicines whose names it starts: "excedrin"
// -> the medicine of "Excedrin PM". Built once; it tells a brand family's name from a product's.
const extendedBy = new Map<string, Set<string>>();
for (const { words, medication } of index) {
  for (let k = 1; k < words.length; k++) {
    const start = words.slice(0, k).join(" ");
    const owners = extendedBy.get(start) ?? new Set<string>();
    owners.add(medication.id);
    extendedBy.set(start, owners);
  }
}

/** The fewest letters a query stripped of dose and form words is still searched with. */
const MIN_CORE = 3;

// Match tiers, best first.
const EXACT = 0;
const PREFIX = 1;
const WORD_PREFIX = 2;
const SUBSTRING = 3;
const FUZZY = 4;

/** Longest query compared: longer than any vocabulary name, so extra characters cannot help a match. */
const MAX_QUERY = 80;

// Reused rows for the edit-distance table, so a query allocates nothing per comparison.
let rowA = new Int32Array(MAX_QUERY + 8);
let rowB = new Int32Array(MAX_QUERY + 8);
let rowC = new Int32Array(MAX_QUERY + 8);

/**
 * Smallest optimal-string-alignment (Damerau-Levenshtein with adjacent transpositions) distance
 * between `q` and `t`, or between `q` and any prefix of `t` no shorter than `q.length - 1`
 * when `prefix` is set (so a typo in a half-typed name still matches). Returns max + 1 as soon
 * as the distance must exceed `max`.
 */
function distance(q: string, t: string, max: number, prefix: boolean): number {
  const n = q.length;
  const m = prefix ? Math.min(t.length, n + max) : t.length;
  if (!prefix && Math.abs(m - n) > max) return max + 1;
  if (m < n - (prefix ? 1 : max)) return max + 1;
  if (rowA.length < m + 1) {
    rowA = new Int32Array(m + 1);
    rowB = new Int32Array(m + 1);
    rowC = new Int32Array(m + 1);
  }
  // Rows over t; rows of q. prev2 = row i-2, prev = row i-1, cur = row i.
  let prev2 = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    const qc = q.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const tc = t.charCodeAt(j - 1);
      const cost = qc === tc ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && qc === t.charCodeAt(j - 2) && q.charCodeAt(i - 2) === tc) {
        d = Math.min(d, prev2[j - 2] + 1);
      }
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    const spare = prev2;
    prev2 = prev;
    prev = cur;
    cur = spare;
  }
  if (!prefix) return Math.min(prev[m], max + 1);
  // A prefix at most one character shorter than the query: allowing more lets a long query
  // shed its first letters and match an unrelated word ("kratom" -> "atom"oxetine).
  let best = max + 1;
  for (let j = Math.max(0, n - 1); j <= m; j++) if (prev[j] < best) best = prev[j];
  return best;
}

// Every hit has all fields, so the hot comparisons see one object shape.
interface Hit {
  entry: IndexedName;
  tier: number;
  dist: number;
  wholeWords: boolean;
  stripped: boolean;
}

function compare(a: Hit, b: Hit): number {
  return (
    a.tier - b.tier ||
    a.dist - b.dist ||
    a.entry.kind - b.entry.kind ||
    a.entry.norm.length - b.entry.norm.length ||
    (a.entry.norm < b.entry.norm ? -1 : a.entry.norm > b.entry.norm ? 1 : 0) ||
    (a.entry.medication.id < b.entry.medication.id ? -1 : 1)
  );
}

function exactTier(entry: IndexedName, q: string, qWords: string[]): number {
  if (entry.norm === q) return EXACT;
  if (entry.norm.startsWith(q)) return PREFIX;
  // Every query word starts its own word of the name: "codeine" finds "acetaminophen/codeine",
  // "tylenol cod" finds "Tylenol with Codeine"; "senna s" does not find plain senna twice over.
  if (startsDistinctWords(qWords, entry.words)) return WORD_PREFIX;
  if (entry.norm.includes(q)) return SUBSTRING;
  return -1;
}

/** Whether each query word starts a different word of the name (greedy, in order). */
function startsDistinctWords(qWords: string[], words: string[]): boolean {
  if (qWords.length === 1) return words.some((nw) => nw.startsWith(qWords[0]));
  let used = 0;
  for (const w of qWords) {
    let k = 0;
    while (k < words.length && ((used >> k) & 1 || !words[k].startsWith(w))) k++;
    if (k === words.length || k >= 31) return false;
    used |= 1 << k;
  }
  return true;
}

function fuzzyDistance(entry: IndexedName, q: string, max: number): number {
  // Half-typed names are matched by prefix only from 4 characters: shorter prefixes within one
  // edit match too much of the vocabulary to be useful.
  const prefix = q.length >= 4;
  let best = distance(q, entry.norm, max, prefix);
  if (entry.words.length > 1) {
    for (const w of entry.words) {
      if (best === 0) break;
      best = Math.min(best, distance(q, w, max, prefix));
    }
  }
  return best;
}

function kindOf(hit: Hit): MatchKind {
  if (hit.tier === EXACT) return nameKinds[hit.entry.kind];
  if (hit.tier === PREFIX || hit.tier === WORD_PREFIX) return "prefix";
  if (hit.tier === SUBSTRING) return "partial";
  return "approximate";
}

/**
 * Medicines whose generic, brand or other name matches `query`, best first: exact, then names
 * starting with the query, then names with words starting with the query words, then names
 * containing it. Only when none of these literal matches exists, names within one edit (queries
 * of up to 5 characters) or two edits (longer queries) are returned, marked "approximate": a
 * typo of one medicine is often the exact name of another (hydroxyzine / hydralazine), so a
 * literal match always wins and a guess is never mixed in with it. Case, accents and
 * punctuation are ignored. Each medicine appears once, with the name that matched best; ties go
 * to generic names, then shorter names, then alphabetical order, so results are deterministic.
 */
export function searchMedications(query: string, limit = 10): MedicationMatch[] {
  const max = Math.floor(limit);
  if (!(max > 0)) return [];
  const q = normalizeName(typeof query === "string" ? query : "")
    .slice(0, MAX_QUERY)
    .trim();
  if (!q) return [];

  const best = new Map<string, Hit>();
  const keep = (hit: Hit) => {
    const id = hit.entry.medication.id;
    const current = best.get(id);
    if (!current || compare(hit, current) < 0) best.set(id, hit);
  };
  const literal = (text: string, exactOnly = false) => {
    const words = text.split(" ");
    const stripped = text !== q;
    for (const entry of index) {
      const tier = exactTier(entry, text, words);
      if (tier < 0 || (exactOnly && tier !== EXACT)) continue;
      const prefix = tier === PREFIX || tier === WORD_PREFIX;
      const hit: Hit = { entry, tier, dist: 0, wholeWords: false, stripped };
      if (
        prefix &&
        words.every((w) => entry.words.includes(w)) &&
        entry.words.some((w) => !words.includes(w) && !isSameProductWord(w))
      ) {
        hit.wholeWords = true;
      }
      keep(hit);
    }
  };

  literal(q);
  // "Oxycodone ER 10 mg" is oxycodone: when the whole text matches nothing, try it without its
  // sig and dose words, then without its numbers too, then also without its salt, release and
  // dosage-form words. Names that contain such words ("Hysingla ER", "Tylenol 3") have already
  // matched whole or before their number went, and a name whose form tells it apart ("nalmefene
  // tablets" against rescue nalmefene) still matches once only the dose is gone. What is left
  // must still be a name's worth of letters: "7-OH" (a kratom product) left as "oh" would
  // otherwise find "black cohosh".
  if (best.size > 0) return ranked(best, max);
  let last = q;
  const retry = (text: string) => {
    if (best.size === 0 && text.length >= MIN_CORE && text !== last) literal(text);
    if (text) last = text;
  };
  const sigless = without(withoutSig(q), isDoseTerm);
  retry(sigless);
  const dosed = without(sigless, isDoseWord);
  retry(dosed);
  const formed = dosed || q;
  const core = without(formed, isFormWord);
  retry(core);
  // A form word set aside may name another product with the rest ("diclofenac patch" is the
  // topical patch): that product is listed too, so the two are told apart by the clinician.
  if (best.size > 0 && core !== formed) {
    for (const w of new Set(formed.split(" "))) {
      if (isFormWord(w) && !/^\d/.test(w)) literal(`${core} ${w}`, true);
    }
  }

  // Typo tolerance only when nothing matched literally.
  const fuzzyQuery = core || dosed || q;
  if (best.size === 0 && fuzzyQuery.length >= 3) {
    const maxEdits = fuzzyQuery.length <= 5 ? 1 : 2;
    const queryCounts = charCounts(fuzzyQuery);
    for (const entry of index) {
      if (tooFar(queryCounts, entry.counts, maxEdits)) continue;
      const d = fuzzyDistance(entry, fuzzyQuery, maxEdits);
      if (d <= maxEdits) keep({ entry, tier: FUZZY, dist: d, wholeWords: false, stripped: false });
    }
  }

  return ranked(best, max);
}

/** The best hit per medicine, best first, as results. */
function ranked(best: Map<string, Hit>, max: number): MedicationMatch[] {
  return [...best.values()]
    .sort(compare)
    .slice(0, max)
    .map((h) => ({
      medication: h.entry.medication,
      matched: h.entry.name,
      kind: kindOf(h),
      nameKind: nameKinds[h.entry.kind],
      ...(h.wholeWords ? { wholeWords: true } : {}),
      ...(h.stripped ? { stripped: true } : {}),
    }));
}
