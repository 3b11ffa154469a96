import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeName, searchMedications } from "./search";
import { vocabulary } from "./vocabulary";

const first = (query: string) => searchMedications(query)[0];

describe("searchMedications", () => {
  it.each([
    ["xanax", "alprazolam", "Xanax"],
    ["Oxycontin", "oxycodone", "OxyContin"],
    ["hydroxychloroquin", "hydroxychloroquine", "hydroxychloroquine"],
    ["paracetamol", "acetaminophen", "paracetamol"],
    ["acetaminophen", "acetaminophen", "acetaminophen"],
    ["Tylenol", "acetaminophen", "Tylenol"],
    ["METHOTREXATE", "methotrexate", "methotrexate"],
    ["gabapentn", "gabapentin", "gabapentin"],
    ["pethidine", "meperidine", "pethidine"],
    ["  Suboxone ", "buprenorphine-naloxone", "Suboxone"],
    ["st johns wort", "st-johns-wort", "St John's wort"],
    ["ciclosporína", "cyclosporine", "ciclosporin"],
    ["Zolpidme", "zolpidem", "zolpidem"],
    ["tramdol", "tramadol", "tramadol"],
  ])("%s finds %s (matched %s)", (query, id, matched) => {
    expect(first(query)).toMatchObject({ medication: { id }, matched });
  });

  it("finds acetaminophen by generic, other name and brand", () => {
    for (const q of ["paracetamol", "acetaminophen", "Tylenol", "panadol"]) {
      expect(searchMedications(q).map((r) => r.medication.id)).toContain("acetaminophen");
    }
  });

  it("ranks exact before prefix before word prefix before substring matches", () => {
    const ids = searchMedications("codeine", 20).map((r) => r.medication.id);
    expect(ids[0]).toBe("codeine");
    expect(ids).toContain("acetaminophen-codeine");
    const oxy = searchMedications("oxy", 20).map((r) => r.medication.id);
    expect(oxy.slice(0, 3)).toEqual(["oxycodone", "oxybutynin", "oxymorphone"]);
  });

  it("matches several words in any name: tylenol cod finds the codeine combination", () => {
    expect(first("tylenol cod")?.medication.id).toBe("acetaminophen-codeine");
  });

  it("lists each medicine once", () => {
    const ids = searchMedications("oxy", 50).map((r) => r.medication.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("returns nothing for empty, blank or punctuation-only queries and non-positive limits", () => {
    expect(searchMedications("")).toEqual([]);
    expect(searchMedications("   ")).toEqual([]);
    expect(searchMedications("--//")).toEqual([]);
    expect(searchMedications("xanax", 0)).toEqual([]);
    expect(searchMedications("xanax", -3)).toEqual([]);
    expect(searchMedications("xanax", Number.NaN)).toEqual([]);
  });

  it("does not invent matches for unrelated text", () => {
    expect(searchMedications("qqqqqqqq")).toEqual([]);
    expect(searchMedications("xq")).toEqual([]);
  });

  it("is deterministic", () => {
    for (const q of ["a", "pr", "lo", "statin", "methadon"]) {
      expect(searchMedications(q, 25)).toEqual(searchMedications(q, 25));
    }
  });

  it("finds every medicine by its generic name and every brand by its own name", () => {
    for (const m of vocabulary) {
      expect(first(m.generic)?.medication.id, m.generic).toBe(m.id);
      for (const b of m.brands) expect(first(b)?.medication.id, b).toBe(m.id);
    }
  });

  it("answers a query in well under 2 ms on average", () => {
    const queries = [
      "x",
      "ox",
      "oxy",
      "oxyc",
      "hydroxychloroquin",
      "gabapentn",
      "tylenol cod",
      "zzzzzz",
    ];
    for (const q of queries) searchMedications(q); // warm up
    const rounds = 50;
    const start = performance.now();
    for (let i = 0; i < rounds; i++) for (const q of queries) searchMedications(q);
    const perQuery = (performance.now() - start) / (rounds * queries.length);
    expect(perQuery).toBeLessThan(2);
  });

  it("never throws and never returns more than the limit, for any text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: -2, max: 30 }), (q, limit) => {
        const results = searchMedications(q, limit);
        expect(results.length).toBeLessThanOrEqual(Math.max(0, limit));
        for (const r of results) expect(typeof r.matched).toBe("string");
      }),
      { numRuns: 500 },
    );
  });

  it("never throws for arbitrary unicode, including accents and emoji", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (q) => {
        expect(searchMedications(q).length).toBeLessThanOrEqual(10);
      }),
      { numRuns: 300 },
    );
  });
});

describe("normalizeName", () => {
  it("drops case, accents, apostrophes and punctuation", () => {
    expect(normalizeName("  St John’s  Wort ")).toBe("st johns wort");
    expect(normalizeName("Éthinylestradiol/Levonorgestrel")).toBe(
      "ethinylestradiol levonorgestrel",
    );
    expect(normalizeName("D.H.E. 45")).toBe("d h e 45");
  });
});
