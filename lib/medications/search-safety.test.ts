import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultChoice, isExactMatch, normalizeName, searchMedications } from "./search";
import { otherNames, vocabulary } from "./vocabulary";

/**
 * Issue 8 §2: the search never puts a different medicine in the record. Real names in the
 * vocabulary find their medicine first, as an exact match; real names that are not in it never
 * come back as an exact match or as the result Enter would pick.
 */

// [what a clinician types, the medicine id it must find first]
const inVocabulary: [string, string][] = [
  // Generic names, including UK/INN spellings
  ["oxycodone", "oxycodone"],
  ["morphine", "morphine"],
  ["hydromorphone", "hydromorphone"],
  ["fentanyl", "fentanyl"],
  ["methadone", "methadone"],
  ["buprenorphine", "buprenorphine"],
  ["naloxone", "naloxone"],
  ["naltrexone", "naltrexone"],
  ["tramadol", "tramadol"],
  ["trandolapril", "trandolapril"],
  ["tapentadol", "tapentadol"],
  ["codeine", "codeine"],
  ["pethidine", "meperidine"],
  ["paracetamol", "acetaminophen"],
  ["co-codamol", "acetaminophen-codeine"],
  ["co-dydramol", "acetaminophen-dihydrocodeine"],
  ["lofexidine", "lofexidine"],
  ["clonidine", "clonidine"],
  ["clonazepam", "clonazepam"],
  ["hydroxyzine", "hydroxyzine"],
  ["hydralazine", "hydralazine"],
  ["diazepam", "diazepam"],
  ["alprazolam", "alprazolam"],
  ["zolpidem", "zolpidem"],
  ["zopiclone", "zopiclone"],
  ["gabapentin", "gabapentin"],
  ["pregabalin", "pregabalin"],
  ["suvorexant", "suvorexant"],
  ["lemborexant", "lemborexant"],
  ["daridorexant", "daridorexant"],
  ["sertraline", "sertraline"],
  ["citalopram", "citalopram"],
  ["celecoxib", "celecoxib"],
  ["fosphenytoin", "fosphenytoin"],
  ["olanzapine", "olanzapine"],
  ["cetirizine", "cetirizine"],
  ["lamotrigine", "lamotrigine"],
  ["terbinafine", "terbinafine"],
  ["warfarin", "warfarin"],
  ["heparin", "heparin"],
  ["enoxaparin", "enoxaparin"],
  ["fondaparinux", "fondaparinux"],
  ["apixaban", "apixaban"],
  ["methotrexate", "methotrexate"],
  ["tofacitinib", "tofacitinib"],
  ["filgotinib", "filgotinib"],
  ["adalimumab", "adalimumab"],
  ["promethazine/codeine", "promethazine-codeine"],
  ["promethazine with codeine", "promethazine-codeine"],
  ["diphenoxylate/atropine", "diphenoxylate-atropine"],
  ["co-phenotrope", "diphenoxylate-atropine"],
  ["opium tincture", "opium-tincture"],
  ["laudanum", "opium-tincture"],
  ["turmeric", "turmeric"],
  ["curcumin", "turmeric"],
  ["green tea extract", "green-tea-extract"],
  ["ashwagandha", "ashwagandha"],
  ["glucosamine", "glucosamine"],
  ["chondroitin", "chondroitin"],
  ["boswellia", "boswellia"],
  ["rifampicin", "rifampin"],
  ["salbutamol", "albuterol"],
  ["St John's wort", "st-johns-wort"],
  ["diclofenac gel", "diclofenac-topical"],
  ["diclofenac", "diclofenac"],
  ["metamizole", "metamizole"],
  ["dipyrone", "metamizole"],
  ["tilidine", "tilidine-naloxone"],
  // Brands: US, UK and EU
  ["OxyContin", "oxycodone"],
  ["Xtampza ER", "oxycodone"],
  ["RoxyBond", "oxycodone"],
  ["Longtec", "oxycodone"],
  ["Percocet", "oxycodone-acetaminophen"],
  ["Vicodin", "hydrocodone-acetaminophen"],
  ["Norco", "hydrocodone-acetaminophen"],
  ["Hysingla ER", "hydrocodone"],
  ["Vicoprofen", "hydrocodone-ibuprofen"],
  ["Tussionex", "hydrocodone-chlorpheniramine"],
  ["Hycodan", "hydrocodone-homatropine"],
  ["Lomotil", "diphenoxylate-atropine"],
  ["MS Contin", "morphine"],
  ["Kadian", "morphine"],
  ["Zomorph", "morphine"],
  ["Embeda", "morphine-naltrexone"],
  ["Nucynta ER", "tapentadol"],
  ["Palexia", "tapentadol"],
  ["Ultram", "tramadol"],
  ["Zydol", "tramadol"],
  ["Tramacet", "tramadol-acetaminophen"],
  ["Nurofen Plus", "codeine-ibuprofen"],
  ["Subutex", "buprenorphine"],
  ["Belbuca", "buprenorphine"],
  ["Butrans", "buprenorphine"],
  ["BuTrans", "buprenorphine"],
  ["Sublocade", "buprenorphine"],
  ["Brixadi", "buprenorphine"],
  ["Buvidal", "buprenorphine"],
  ["Probuphine", "buprenorphine"],
  ["Suboxone", "buprenorphine-naloxone"],
  ["Zubsolv", "buprenorphine-naloxone"],
  ["Lucemyra", "lofexidine"],
  ["Narcan", "naloxone"],
  ["Nyxoid", "naloxone"],
  ["Opvee", "nalmefene"],
  ["Selincro", "nalmefene-tablets"],
  ["Vivitrol", "naltrexone"],
  ["Fioricet with Codeine", "butalbital-acetaminophen-caffeine-codeine"],
  ["Belsomra", "suvorexant"],
  ["Dayvigo", "lemborexant"],
  ["Quviviq", "daridorexant"],
  ["Tylenol PM", "acetaminophen-diphenhydramine"],
  ["Advil PM", "ibuprofen-diphenhydramine"],
  ["ZzzQuil", "diphenhydramine"],
  ["Nytol", "diphenhydramine"],
  ["Night Nurse", "acetaminophen-dextromethorphan-promethazine"],
  ["Celebrex", "celecoxib"],
  ["Celexa", "citalopram"],
  ["Cerebyx", "fosphenytoin"],
  ["Zyprexa", "olanzapine"],
  ["Klonopin", "clonazepam"],
  ["Lamictal", "lamotrigine"],
  ["Lamisil", "terbinafine"],
  ["Humira", "adalimumab"],
  ["Hadlima", "adalimumab"],
  ["Enbrel", "etanercept"],
  ["Rinvoq", "upadacitinib"],
  ["Xeljanz", "tofacitinib"],
  ["Olumiant", "baricitinib"],
  ["Jyseleca", "filgotinib"],
  ["Cosentyx", "secukinumab"],
  ["Taltz", "ixekizumab"],
  ["Voltaren Gel", "diclofenac-topical"],
  ["Voltarol Emulgel", "diclofenac-topical"],
  ["Pennsaid", "diclofenac-topical"],
  ["Lovenox", "enoxaparin"],
  ["Clexane", "enoxaparin"],
  ["Fragmin", "dalteparin"],
  ["Innohep", "tinzaparin"],
  ["Sintrom", "acenocoumarol"],
  ["Marcoumar", "phenprocoumon"],
  ["Eliquis", "apixaban"],
  ["Xarelto", "rivaroxaban"],
  ["Mavik", "trandolapril"],
  ["Novalgin", "metamizole"],
  ["Valoron N", "tilidine-naloxone"],
  // Brands and generics with a dose or a dosage form typed after them
  ["Oxycodone ER 10 mg", "oxycodone"],
  ["OxyContin 20mg bd", "oxycodone"],
  ["tramadol ER", "tramadol"],
  ["Suboxone film", "buprenorphine-naloxone"],
  ["Subutex 8 mg sublingual", "buprenorphine"],
  ["Hycodan syrup", "hydrocodone-homatropine"],
  ["fentanyl patch 25 mcg", "fentanyl"],
  ["Kadian ER", "morphine"],
  ["gabapentin 300mg tds", "gabapentin"],
  // Salts and UK forms: the medicine is the name before them
  ["morphine sulfate", "morphine"],
  ["Morphine sulphate 10mg/5ml oral solution", "morphine"],
  ["oxycodone hydrochloride 5 mg", "oxycodone"],
  ["oxycodone HCl ER", "oxycodone"],
  ["codeine linctus", "codeine"],
  ["MST Continus 30mg bd", "morphine"],
  // US prescription shorthand: intervals and APAP
  ["tramadol 50 mg q6h prn", "tramadol"],
  ["oxycodone 5mg q4h", "oxycodone"],
  ["zolpidem 10 mg qhs", "zolpidem"],
  ["oxycodone/APAP", "oxycodone-acetaminophen"],
  ["hydrocodone/APAP 5-325", "hydrocodone-acetaminophen"],
  ["APAP 500 mg", "acetaminophen"],
  ["codeine phosphate 30mg", "codeine"],
  ["hydrocodone bitartrate", "hydrocodone"],
  ["dextromethorphan hydrobromide", "dextromethorphan"],
  ["diclofenac sodium 50 mg", "diclofenac"],
  ["fentanyl citrate injection", "fentanyl"],
  // A form that tells two entries apart is kept until the dose alone is gone
  ["nalmefene 18 mg tablets", "nalmefene-tablets"],
  ["Selincro 18mg daily", "nalmefene-tablets"],
  ["nalmefene nasal spray", "nalmefene"],
];

// A brand family's name typed alone: the plain product is found first and as an exact name, but
// Enter picks nothing, because other products extend the name ("Nurofen Plus" adds codeine,
// "Voltaren Gel" is topical, "Unisom SleepGels" is diphenhydramine, "Zyrtec-D" adds a stimulant).
const brandFamilies: [string, string][] = [
  ["Nurofen", "ibuprofen"],
  ["Fioricet", "butalbital-acetaminophen-caffeine"],
  ["Fiorinal", "butalbital-aspirin-caffeine"],
  ["Advil", "ibuprofen"],
  ["NyQuil", "acetaminophen-dextromethorphan-doxylamine"],
  ["Unisom", "doxylamine"],
  ["Zyrtec", "cetirizine"],
  ["Voltaren", "diclofenac"],
  ["Tylenol", "acetaminophen"],
  ["Excedrin", "acetaminophen-aspirin-caffeine"],
  ["Imodium", "loperamide"],
];

describe("a brand family's name", () => {
  it.each(brandFamilies)("%s lists %s first, exactly, and Enter picks none", (name, id) => {
    const results = searchMedications(name);
    expect(results[0]).toMatchObject({ medication: { id }, kind: "brand" });
    expect(results.length).toBeGreaterThan(1);
    expect(defaultChoice(results, name)).toBeUndefined();
  });
});

describe("a word naming a group of medicines", () => {
  it("gives Enter nothing to pick, though a name starts with it (benzo, benzonatate)", () => {
    const results = searchMedications("benzo");
    expect(results[0]?.medication.generic).toBe("benzonatate");
    expect(defaultChoice(results, "benzo")).toBeUndefined();
  });
});

describe("what is left of a query without its dose and form words", () => {
  it("is not searched when it is too short to be a name (7-OH is a kratom product)", () => {
    expect(searchMedications("7-OH")).toEqual([]);
    expect(searchMedications("7-OH 10 mg tablets")).toEqual([]);
  });
});

// Real medicine names and brands that are NOT in the vocabulary: combination products, new
// brands and other countries' brands.
const notInVocabulary = [
  "Xartemis XR", // oxycodone/acetaminophen extended release
  "Qdolo", // tramadol oral solution
  "Journavx", // suzetrigine
  "Zurzuvae", // zuranolone
  "Exxua", // gepirone
  "Cobenfy", // xanomeline/trospium
  "Leqembi",
  "Kisunla",
  "Beechams Powders",
  "Lemsip Max",
  "Alka-Seltzer Plus",
  "Strepsils",
  "Gaviscon",
  "Rennie",
  "Dioralyte",
  "Germolene",
  "Piriteze",
  "Feminax",
  "Syndol",
  "Dafalgan Codeine",
  "Efferalgan",
  "Celebra",
  "Tachipirina",
  "Ben-u-ron",
  "Aspirin Complex",
  "Thomapyrin",
  "Vomex",
  "Hoggar Night",
  "Oxygesic",
  "Codipront",
  "Paracodin",
  "Lorcet Plus",
  "Nurofen Express",
  "Solpadeine Max",
  "Oxycet",
  "Zubsolv Max",
  "Cyclimorph",
  "Diconal",
  "Palfium",
  "Dromoran",
  "Meptid",
  "Tapclob",
  "Morcap",
  "Sevredol Plus",
  "Fentalis",
  "Mezolar",
  "Panadeine",
  "Panamax",
  "Bisolvon",
  "Prospan",
  "Tavor",
  "Temesta",
  "Noctamid",
  "Dormicum",
  "Stilnoct",
  "Kalms",
  "Dormeasan",
  "Efexor",
  "Ixel",
  "Deroxat",
  "Edronax",
  "Tolvon",
];

// Look-alike, sound-alike pairs: typing one must never give the other.
const soundAlikePairs: [string, string, string, string][] = [
  ["hydroxyzine", "hydroxyzine", "hydralazine", "hydralazine"],
  ["tramadol", "tramadol", "trandolapril", "trandolapril"],
  ["Celebrex", "celecoxib", "Celexa", "citalopram"],
  ["Celebrex", "celecoxib", "Cerebyx", "fosphenytoin"],
  ["Celexa", "citalopram", "Cerebyx", "fosphenytoin"],
  ["Zyprexa", "olanzapine", "Zyrtec", "cetirizine"],
  ["clonidine", "clonidine", "Klonopin", "clonazepam"],
  ["Lamictal", "lamotrigine", "Lamisil", "terbinafine"],
  ["Seroquel", "quetiapine", "Serzone", "nefazodone"],
  ["Lunesta", "eszopiclone", "Neulasta", "pegfilgrastim"],
  ["hydromorphone", "hydromorphone", "morphine", "morphine"],
  ["Toradol", "ketorolac", "tramadol", "tramadol"],
];

describe("real names in the vocabulary", () => {
  it("has at least 100 cases", () => {
    expect(inVocabulary.length).toBeGreaterThanOrEqual(100);
  });

  it.each(inVocabulary)("%s finds %s first, as an exact name", (query, id) => {
    const results = searchMedications(query);
    expect(results[0]?.medication.id).toBe(id);
    expect(isExactMatch(results[0])).toBe(true);
    expect(defaultChoice(results, query)?.medication.id).toBe(id);
  });

  it("labels each exact match with the kind of name that matched", () => {
    expect(searchMedications("oxycodone")[0]).toMatchObject({ kind: "generic" });
    expect(searchMedications("OxyContin")[0]).toMatchObject({ kind: "brand", nameKind: "brand" });
    expect(searchMedications("paracetamol")[0]).toMatchObject({ kind: "other-name" });
    expect(searchMedications("oxycont")[0]).toMatchObject({ kind: "prefix", nameKind: "brand" });
    expect(searchMedications("statin")[0]).toMatchObject({ kind: "partial" });
    expect(searchMedications("oxycodne")[0]).toMatchObject({ kind: "approximate" });
  });
});

describe("real names that are not in the vocabulary", () => {
  it("has at least 50 cases, none of them a vocabulary name", () => {
    expect(notInVocabulary.length).toBeGreaterThanOrEqual(50);
    const names = new Set(
      vocabulary.flatMap((m) =>
        [m.generic, ...m.brands, ...(otherNames[m.id] ?? [])].map(normalizeName),
      ),
    );
    for (const n of notInVocabulary) expect(names.has(normalizeName(n)), n).toBe(false);
  });

  it.each(notInVocabulary)("%s gives no exact match and nothing Enter would pick", (name) => {
    const results = searchMedications(name);
    expect(results.filter(isExactMatch)).toEqual([]);
    expect(defaultChoice(results, name)).toBeUndefined();
    // Whatever is shown is labelled as a guess or a partial match.
    for (const r of results) expect(["approximate", "partial"]).toContain(r.kind);
  });
});

describe("look-alike and sound-alike names", () => {
  it.each(soundAlikePairs)(
    "%s (%s) and %s (%s) each find only themselves first",
    (a, idA, b, idB) => {
      expect(searchMedications(a)[0]).toMatchObject({ medication: { id: idA } });
      expect(isExactMatch(searchMedications(a)[0])).toBe(true);
      expect(searchMedications(b)[0]).toMatchObject({ medication: { id: idB } });
      expect(isExactMatch(searchMedications(b)[0])).toBe(true);
    },
  );

  it.each([
    ["hydroxizine", "hydroxyzine"],
    ["hydralazin", "hydralazine"],
    ["Lamictil", "lamotrigine"],
    ["Zyprexia", "olanzapine"],
    ["clonodine", "clonidine"],
    ["tramdol", "tramadol"],
  ])("a misspelling (%s) is only ever offered as a labelled guess or a prefix", (typo, id) => {
    const results = searchMedications(typo);
    expect(results.map((r) => r.medication.id)).toContain(id);
    for (const r of results) expect(isExactMatch(r)).toBe(false);
    const choice = defaultChoice(results, typo);
    if (choice) expect(choice.kind).toBe("prefix");
  });
});

const allNames = vocabulary.flatMap((m) =>
  [m.generic, ...m.brands, ...(otherNames[m.id] ?? [])].map((name) => ({ name, id: m.id })),
);
const normalizedNames = new Set(allNames.map((n) => normalizeName(n.name)));

describe("search properties", () => {
  it("never mixes guesses with literal matches", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(...allNames.map((n) => n.name))),
        (q) => {
          const kinds = searchMedications(q, 20).map((r) => r.kind);
          const guesses = kinds.filter((k) => k === "approximate").length;
          expect(guesses === 0 || guesses === kinds.length).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("never lets Enter pick a guess or a partial match", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 20 }), (q) => {
        const choice = defaultChoice(searchMedications(q), q);
        if (choice) expect(["generic", "brand", "other-name", "prefix"]).toContain(choice.kind);
      }),
      { numRuns: 400 },
    );
  });

  it("finds any vocabulary name first, whatever its case, spacing and punctuation", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...allNames),
        fc.boolean(),
        fc.constantFrom("", " ", "  ", "-", "."),
        ({ name, id }, upper, pad) => {
          const q = `${pad}${upper ? name.toUpperCase() : name.toLowerCase()}${pad}`;
          const top = searchMedications(q)[0];
          expect(top?.medication.id).toBe(id);
          expect(isExactMatch(top)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("calls a match exact only when the text (without dose and form words) is that name", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...allNames),
        fc.nat(),
        fc.constantFrom("a", "e", "o", "x", "z"),
        fc.constantFrom("insert", "delete", "replace"),
        ({ name }, at, letter, edit) => {
          const i = at % (name.length + 1);
          const typo =
            edit === "insert"
              ? name.slice(0, i) + letter + name.slice(i)
              : edit === "delete"
                ? name.slice(0, i) + name.slice(i + 1)
                : name.slice(0, i) + letter + name.slice(i + 1);
          for (const r of searchMedications(typo, 20).filter(isExactMatch)) {
            // Exact means the typed text is a name, possibly with dose or form words around it.
            expect(
              normalizeName(typo).includes(normalizeName(r.matched)),
              `${typo} -> ${r.matched}`,
            ).toBe(true);
          }
          if (!normalizedNames.has(normalizeName(typo))) {
            const top = searchMedications(typo)[0];
            if (top && isExactMatch(top)) {
              // Only possible when the edit hit a dose or form word: the name itself is intact.
              expect(normalizedNames.has(normalizeName(top.matched))).toBe(true);
            }
          }
        },
      ),
      { numRuns: 600 },
    );
  });
});

describe("vocabulary size", () => {
  it("has at least 800 names (generics, brands and other names)", () => {
    const count =
      vocabulary.length +
      vocabulary.reduce((n, m) => n + m.brands.length, 0) +
      Object.values(otherNames).reduce((n, names) => n + names.length, 0);
    expect(count).toBeGreaterThanOrEqual(800);
  });
});
