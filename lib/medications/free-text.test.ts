import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  medicineNamedExactly,
  readFreeText,
  removeFreeTextEntry,
  splitFreeText,
} from "./free-text";

describe("splitFreeText", () => {
  it("splits on commas, semicolons and line breaks, trimming and skipping blanks", () => {
    const text = " oxycontin 20mg, ,turmeric;\nherbal tea \r\n\n Tylenol PM ";
    expect(splitFreeText(text).map((e) => e.text)).toEqual([
      "oxycontin 20mg",
      "turmeric",
      "herbal tea",
      "Tylenol PM",
    ]);
    for (const e of splitFreeText(text)) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it("returns nothing for empty or separator-only text", () => {
    expect(splitFreeText("")).toEqual([]);
    expect(splitFreeText(" ,;\n ")).toEqual([]);
  });
});

describe("readFreeText", () => {
  it.each([
    ["oxycontin", "recognised", "oxycodone"],
    ["OxyContin 20 mg twice daily", "recognised", "oxycodone"],
    ["paracetamol 1g qds", "recognised", "acetaminophen"],
    ["Tylenol PM", "recognised", "acetaminophen-diphenhydramine"],
    ["Belbuca", "recognised", "buprenorphine"],
    ["curcumin", "recognised", "turmeric"],
    ["hydroxizine", "suggested", "hydroxyzine"],
    ["gabapentn", "suggested", "gabapentin"],
    ["Celebra", "suggested", "celecoxib"],
    // Sigs are dose words (issue 16 §1)
    ["Klonopin 1 mg at night", "recognised", "clonazepam"],
    ["gabapentin 300 mg three times a day", "recognised", "gabapentin"],
    ["sertraline 50 mg in the morning", "recognised", "sertraline"],
    ["methotrexate 15 mg weekly", "recognised", "methotrexate"],
    ["albuterol 2 puffs as needed", "recognised", "albuterol"],
    // Abbreviations are names of their own; a number that starts a name stays part of it
    ["ASA 81 mg daily", "recognised", "aspirin"],
    ["MSIR 15 mg q4h prn", "recognised", "morphine"],
    ["5-ASA 400 mg", "recognised", "mesalamine"],
    ["Tylenol 3 as needed", "recognised", "acetaminophen-codeine"],
    // Only one name starts so: recognised, as Enter would record it
    ["hydroxychloroq", "recognised", "hydroxychloroquine"],
    // Several names start so: only a suggestion
    ["hydro", "suggested", "hydrocodone"],
  ] as const)("%s is %s as %s", (text, status, id) => {
    const [entry] = readFreeText(text);
    expect(entry.status).toBe(status);
    expect("match" in entry && entry.match.medication.id).toBe(id);
  });

  it.each(["herbal tea from a market", "qqqqq", "ab", "Journavx"])(
    "%s is not recognised and stays unchecked",
    (text) => {
      expect(readFreeText(text)[0].status).toBe("unrecognised");
    },
  );

  it.each([
    ["benzo", "benzodiazepines"],
    ["Benzos", "benzodiazepines"],
    ["blood thinners", "anticoagulants"],
    ["SSRI", "antidepressants"],
    ["sleeping pills", "sleeping tablets"],
    ["pain meds", "pain medicines"],
  ])("%s names a group (%s): no single medicine is offered for it", (text, group) => {
    const [entry] = readFreeText(text);
    expect(entry).toMatchObject({ status: "group", group });
  });

  it.each([
    ["Excedrin", "acetaminophen-aspirin-caffeine", "acetaminophen-diphenhydramine"],
    ["Tylenol 500 mg", "acetaminophen", "acetaminophen-diphenhydramine"],
    ["Advil", "ibuprofen", "ibuprofen-diphenhydramine"],
  ])("%s names a brand family: its products are listed, none recognised", (text, plain, pm) => {
    const [entry] = readFreeText(text);
    expect(entry.status).toBe("several");
    const ids = entry.status === "several" ? entry.matches.map((m) => m.medication.id) : [];
    expect(ids[0]).toBe(plain);
    expect(ids).toContain(pm);
  });

  it("never recognises a guess: only exact names are recognised", () => {
    for (const e of readFreeText("hydroxizine, Lamictil, tramdol, Zyprexia")) {
      expect(e.status).toBe("suggested");
    }
  });
});

describe("removeFreeTextEntry", () => {
  it("removes one entry and its separator, leaving the others as typed", () => {
    const text = "oxycontin 20mg, herbal tea;\nTylenol PM";
    const [a, b, c] = splitFreeText(text);
    expect(removeFreeTextEntry(text, a)).toBe("herbal tea;\nTylenol PM");
    expect(removeFreeTextEntry(text, b)).toBe("oxycontin 20mg, Tylenol PM");
    expect(removeFreeTextEntry(text, c)).toBe("oxycontin 20mg, herbal tea");
    expect(removeFreeTextEntry("Belbuca", splitFreeText("Belbuca")[0])).toBe("");
  });

  it("keeps every other entry, in order, for any text", () => {
    const piece = fc.stringMatching(/^[a-z0-9 ]{0,12}$/);
    const sep = fc.constantFrom(",", ", ", ";", "\n", " ,\n");
    fc.assert(
      fc.property(
        fc.array(fc.tuple(piece, sep), { minLength: 1, maxLength: 6 }),
        fc.nat(),
        (parts, k) => {
          const text = parts.map(([p, s]) => p + s).join("");
          const entries = splitFreeText(text);
          if (entries.length === 0) return;
          const i = k % entries.length;
          const rest = splitFreeText(removeFreeTextEntry(text, entries[i])).map((e) => e.text);
          expect(rest).toEqual(entries.filter((_, j) => j !== i).map((e) => e.text));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("a name from another system (an EHR record, a draft order)", () => {
  it("names a medicine only by an exact name, never by the one completion Enter may take", () => {
    expect(medicineNamedExactly("Ultram 50 mg")?.id).toBe("tramadol");
    expect(medicineNamedExactly("hydroxyzine 25 mg at bedtime")?.id).toBe("hydroxyzine");
    // A clinician who types "hydroxyzin" sees the completion before Enter; a record nobody reads does not.
    expect(medicineNamedExactly("hydroxyzin")).toBeUndefined();
    expect(medicineNamedExactly("benzos")).toBeUndefined();
    expect(medicineNamedExactly("Tylenol")).toBeUndefined();
  });
});
