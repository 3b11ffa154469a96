import { describe, expect, it } from "vitest";
import { interactionClassIds } from "./types";
import { otherNames, vocabulary } from "./vocabulary";
import { toId } from "./vocabulary/med";

/** Brand names deliberately shared by two generics (none today); add with a reason. */
const sharedBrands = new Set<string>();

const key = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

describe("medication vocabulary", () => {
  it("has at least 320 medicines", () => {
    expect(vocabulary.length).toBeGreaterThanOrEqual(320);
  });

  it("has unique kebab-case ids derived from the generic name", () => {
    const ids = vocabulary.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of vocabulary) {
      expect(m.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      // The checklist schema accepts ids of up to 80 characters.
      expect(m.id.length).toBeLessThanOrEqual(80);
      expect(m.id).toBe(toId(m.generic));
    }
  });

  it("has unique generic names and no blank or repeated brands", () => {
    const generics = vocabulary.map((m) => key(m.generic));
    expect(new Set(generics).size).toBe(generics.length);
    for (const m of vocabulary) {
      for (const b of m.brands) expect(b.trim(), m.id).toBe(b);
      expect(
        m.brands.every((b) => b.length > 0),
        m.id,
      ).toBe(true);
      expect(new Set(m.brands.map(key)).size, m.id).toBe(m.brands.length);
    }
  });

  it("does not give one brand or other name to two medicines", () => {
    const owner = new Map<string, string>();
    for (const m of vocabulary) {
      const names = [...m.brands, ...(otherNames[m.id] ?? [])];
      for (const name of names) {
        const k = key(name);
        const previous = owner.get(k);
        if (previous && previous !== m.id && !sharedBrands.has(name)) {
          throw new Error(`"${name}" is used by ${previous} and ${m.id}`);
        }
        owner.set(k, m.id);
      }
    }
    // No brand or other name may equal another medicine's generic name either.
    for (const m of vocabulary) {
      const o = owner.get(key(m.generic));
      expect(o === undefined || o === m.id, `${m.generic} is also a name of ${o}`).toBe(true);
    }
  });

  it("uses only known interaction classes, each once per medicine", () => {
    const valid = new Set<string>(interactionClassIds);
    for (const m of vocabulary) {
      for (const c of m.classes) expect(valid.has(c), `${m.id}: ${c}`).toBe(true);
      expect(new Set(m.classes).size, m.id).toBe(m.classes.length);
    }
  });

  it("has at least one medicine in every class except alcohol, and none in alcohol", () => {
    for (const c of interactionClassIds) {
      const count = vocabulary.filter((m) => m.classes.includes(c)).length;
      if (c === "alcohol") expect(count).toBe(0);
      else expect(count, c).toBeGreaterThan(0);
    }
    expect(vocabulary.some((m) => m.id === "alcohol")).toBe(false);
  });

  it("never tags a medicine both CYP3A and narrow-index CYP3A (the second implies the first)", () => {
    const both = vocabulary.filter(
      (m) => m.classes.includes("cyp3a-substrate") && m.classes.includes("cyp3a-substrate-nti"),
    );
    expect(both.map((m) => m.id)).toEqual([]);
  });

  it("keys other names by known ids, without repeating the generic or a brand", () => {
    const byId = new Map(vocabulary.map((m) => [m.id, m]));
    for (const [id, names] of Object.entries(otherNames)) {
      const m = byId.get(id);
      expect(m, id).toBeDefined();
      expect(names.length, id).toBeGreaterThan(0);
      for (const n of names) {
        expect(key(n)).not.toBe(key(m!.generic));
        expect(m!.brands.map(key)).not.toContain(key(n));
      }
    }
  });

  it("classes the medicines the checklist relies on as expected", () => {
    const classesOf = (id: string) => vocabulary.find((m) => m.id === id)?.classes ?? [];
    expect(classesOf("tramadol")).toEqual(
      expect.arrayContaining(["full-opioid-agonist", "serotonergic", "cyp2d6-substrate"]),
    );
    expect(classesOf("buprenorphine-naloxone")).toContain("partial-opioid-agonist");
    expect(classesOf("naltrexone")).toEqual(["opioid-antagonist"]);
    expect(classesOf("naltrexone-bupropion")).toContain("opioid-antagonist");
    expect(classesOf("midazolam")).toEqual(
      expect.arrayContaining(["benzodiazepine-z-drug", "cyp3a-substrate"]),
    );
    expect(classesOf("tacrolimus")).toContain("cyp3a-substrate-nti");
    expect(classesOf("acetaminophen")).toEqual(["hepatotoxic"]);
    expect(classesOf("hydroxychloroquine")).toEqual(
      expect.arrayContaining(["pigmenting", "qt-prolonging"]),
    );
    expect(classesOf("amiodarone")).toEqual(
      expect.arrayContaining(["pigmenting", "qt-prolonging"]),
    );
    expect(classesOf("minocycline")).toContain("pigmenting");
    expect(classesOf("gabapentin")).toEqual(["gabapentinoid"]);
    expect(classesOf("ibuprofen")).toEqual([]);
    expect(classesOf("metformin")).toEqual([]);
  });

  it("is frozen, so no caller can change the shared data", () => {
    expect(Object.isFrozen(vocabulary)).toBe(true);
    expect(Object.isFrozen(vocabulary[0])).toBe(true);
    expect(Object.isFrozen(vocabulary[0].classes)).toBe(true);
  });
});

describe("toId", () => {
  it("turns generic names into stable kebab-case ids", () => {
    expect(toId("St John's wort")).toBe("st-johns-wort");
    expect(toId("buprenorphine/naloxone")).toBe("buprenorphine-naloxone");
    expect(toId("Gabapentin enacarbil")).toBe("gabapentin-enacarbil");
    expect(toId("Ciclosporína")).toBe("ciclosporina");
  });
});
