import { describe, expect, it } from "vitest";
import { medicineGroupNamed } from "./group-words";
import { optionLabel, typedProduct } from "./labels";
import { normalizeName, searchMedications } from "./search";
import { otherNames, vocabulary } from "./vocabulary";

/** The labels of the suggestion list for `typed`, as the combobox shows them. */
function labels(typed: string): string[] {
  const results = searchMedications(typed);
  const base = typedProduct(results);
  return results.map((r) => {
    const { main, note } = optionLabel(r, typed, base);
    return `${main} (${note})`;
  });
}

describe("suggestion labels (issue 16 §1)", () => {
  it("says how another product of a brand family differs from the plain one", () => {
    const shown = labels("Excedrin");
    expect(shown[0]).toBe("acetaminophen/aspirin/caffeine (brand Excedrin)");
    expect(shown).toContain(
      "Excedrin PM — night-time, contains diphenhydramine (a different product: acetaminophen/diphenhydramine)",
    );
    expect(shown).toContain(
      "Excedrin Tension Headache — without aspirin (a different product: acetaminophen/caffeine)",
    );
  });

  it("never calls a different product the start of what was typed", () => {
    for (const typed of ["Excedrin", "Tylenol", "Advil", "Theraflu", "NyQuil", "Vicks", "ASA"]) {
      for (const label of labels(typed)) expect(label, typed).not.toMatch(/start of/);
    }
  });

  it("says what a combination contains when no product was typed (Theraflu)", () => {
    expect(labels("Theraflu")).toContain(
      "Theraflu Nighttime — night-time, contains acetaminophen, diphenhydramine and phenylephrine (name starts with “Theraflu”: acetaminophen/diphenhydramine/phenylephrine)",
    );
  });

  it("labels a name's start as such when nothing was typed exactly (hydro)", () => {
    expect(labels("hydro")[0]).toBe("hydrocodone (name starts with “hydro”)");
  });
});

describe("group words", () => {
  it("are never a medicine's own name, so a group can never hide an exact match", () => {
    for (const m of vocabulary) {
      for (const name of [m.generic, ...m.brands, ...(otherNames[m.id] ?? [])]) {
        expect(medicineGroupNamed(name), `${name} (${m.id})`).toBeUndefined();
      }
    }
  });

  it.each(["TCA", "tricyclics", "MAOIs", "PPI", "statins", "beta blockers", "biologics"])(
    "%s names a group",
    (word) => {
      expect(medicineGroupNamed(word)).toBeDefined();
      expect(normalizeName(word)).not.toBe("");
    },
  );
});
