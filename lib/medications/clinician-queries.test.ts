/**
 * Issue 16 §1: the search never records a different product by default. Every row of the
 * clinician-query table (testdata/clinician-queries.ts) is typed the ways a clinician would, and
 * what Enter would record (`defaultChoice`) and what the free-text reading recognises must be
 * exactly the expected medicine, or nothing where the table says "none".
 */
import { beforeAll, describe, expect, it } from "vitest";
import { readFreeTextEntry } from "./free-text";
import { defaultChoice, isExactMatch, searchMedications } from "./search";
import { brandsAndOtc, commonMedicines, type QueryRow } from "./testdata/clinician-queries";
import { otherNames, vocabulary } from "./vocabulary";
import { toId } from "./vocabulary/med";

/** Sigs as clinicians write them (issue 16 §1), used in turn. */
const SIGS = [
  "at night",
  "in the morning",
  "at bedtime",
  "monthly",
  "weekly",
  "once a day",
  "twice a day",
  "three times a day",
  "daily",
  "as needed",
  "1 tablet twice a day",
  "2 capsules at night",
  "2 puffs as needed",
  "1 patch weekly",
  "tablet(s) daily",
  "bd",
  "prn",
  "qhs",
];

/** One typo: the two letters in the middle of the name swapped (none if they are the same). */
function typo(name: string): string | null {
  const i = Math.floor(name.length / 2) - 1;
  const [a, b] = [name[i], name[i + 1]];
  if (name.length < 6 || a === b || !/[a-z]/i.test(a + b)) return null;
  return name.slice(0, i) + b + a + name.slice(i + 2);
}

/** Every query of the table, with what it must record. */
function queries(): QueryRow[] {
  const out: QueryRow[] = [];
  commonMedicines().forEach((m, n) => {
    const id = m.id ?? toId(m.generic);
    const sig = SIGS[n % SIGS.length];
    out.push({ typed: m.generic, expected: id, list: m.list });
    if (m.brand) out.push({ typed: m.brand, expected: m.brandIsFamily ? null : id, list: m.list });
    out.push({ typed: `${m.generic} ${m.strength}`, expected: id, list: m.list });
    const named = m.brand && !m.brandIsFamily ? m.brand : m.generic;
    out.push({ typed: `${named} ${m.strength} ${sig}`, expected: id, list: m.list });
    const wrong = typo(m.generic);
    if (wrong) out.push({ typed: wrong, expected: null, list: m.list });
  });
  brandsAndOtc().forEach((q, n) => {
    out.push(q);
    // A sig after a whole name ("Suboxone twice a day"), not after a name's start: a start is
    // recorded only as typed, never once words have been set aside from it.
    if (q.expected && isExactMatch(searchMedications(q.typed)[0])) {
      out.push({ ...q, typed: `${q.typed} ${SIGS[n % SIGS.length]}` });
    }
  });
  return out;
}

function recorded(typed: string) {
  const byEnter = defaultChoice(searchMedications(typed), typed)?.medication.id ?? null;
  const reading = readFreeTextEntry({ text: typed, start: 0, end: typed.length });
  const byFreeText = reading.status === "recognised" ? reading.match.medication.id : null;
  return { byEnter, byFreeText };
}

describe("the clinician-query table", () => {
  const all = queries();
  // Each query is searched once (about 2,000 of them) and the tests below read the answers.
  let answers: (QueryRow & ReturnType<typeof recorded>)[] = [];
  beforeAll(() => {
    answers = all.map((q) => ({ ...q, ...recorded(q.typed) }));
  });

  it("holds at least 300 common medicines and 100 brand, combination and OTC names", () => {
    expect(commonMedicines().length).toBeGreaterThanOrEqual(300);
    const brands = brandsAndOtc().filter((q) => !/abbreviation|sig|walk/.test(q.list));
    expect(brands.length).toBeGreaterThanOrEqual(100);
    expect(all.length).toBeGreaterThanOrEqual(1500);
  });

  it("records every exact name right, by Enter and by the free-text reading (100%)", () => {
    const wrong = answers
      .filter((q) => q.expected)
      .filter((r) => r.byEnter !== r.expected || r.byFreeText !== r.expected)
      .map((r) => `${r.typed}: expected ${r.expected}, Enter ${r.byEnter}, text ${r.byFreeText}`);
    expect(wrong).toEqual([]);
  });

  it("records nothing by default where the table says none (typos, families, groups)", () => {
    const wrong = answers
      .filter((q) => !q.expected)
      .filter((r) => r.byEnter !== null || r.byFreeText !== null)
      .map((r) => `${r.typed}: Enter ${r.byEnter}, text ${r.byFreeText}`);
    expect(wrong).toEqual([]);
  });

  it("never records a different product: 0 across the whole table", () => {
    expect(answers.length).toBe(all.length);
    let different = 0;
    for (const { byEnter, byFreeText, expected } of answers) {
      for (const got of [byEnter, byFreeText]) if (got !== null && got !== expected) different++;
    }
    expect(different).toBe(0);
  });
});

describe("every vocabulary name typed with a strength and a sig", () => {
  const STRENGTHS = ["5 mg", "10mg", "0.5 mg", "100 mcg", "2.5/325", ""];

  it("records its own medicine or nothing, never another (about 2,400 names)", () => {
    // The free-text reading follows the same `defaultChoice`, so Enter's answer stands for both.
    const different: string[] = [];
    let n = 0;
    for (const m of vocabulary) {
      for (const name of [m.generic, ...m.brands, ...(otherNames[m.id] ?? [])]) {
        const typed = `${name} ${STRENGTHS[n % STRENGTHS.length]} ${SIGS[n % SIGS.length]}`;
        n++;
        const got = defaultChoice(searchMedications(typed), typed)?.medication.id;
        if (got && got !== m.id) different.push(`${typed} -> ${got}, not ${m.id}`);
      }
    }
    expect(n).toBeGreaterThan(2000);
    expect(different).toEqual([]);
  });
});
