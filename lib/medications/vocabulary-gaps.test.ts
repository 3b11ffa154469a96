/**
 * Issue 8 §2: the medicines a pharmacist expects for this population are in the vocabulary,
 * found by their US, UK and EU names, and tagged by pharmacology.
 */
import { describe, expect, it } from "vitest";
import { medicationById, searchMedications } from "./index";
import type { InteractionClassId } from "./types";

const cases: [string, InteractionClassId[], InteractionClassId[]][] = [
  // [id, must have, must not have]
  ["promethazine-codeine", ["full-opioid-agonist", "other-cns-depressant", "cyp2d6-substrate"], []],
  ["hydrocodone-homatropine", ["full-opioid-agonist"], []],
  ["hydrocodone-chlorpheniramine", ["full-opioid-agonist", "other-cns-depressant"], []],
  ["hydrocodone-ibuprofen", ["full-opioid-agonist"], ["hepatotoxic"]],
  ["diphenoxylate-atropine", ["full-opioid-agonist"], []],
  ["opium-tincture", ["full-opioid-agonist"], []],
  ["oxycodone-naltrexone", ["full-opioid-agonist"], ["opioid-antagonist"]],
  ["morphine-naltrexone", ["full-opioid-agonist"], ["opioid-antagonist"]],
  ["pentazocine-naloxone", ["mixed-agonist-antagonist"], ["rescue-opioid-antagonist"]],
  ["tramadol-celecoxib", ["full-opioid-agonist", "serotonergic", "seizure-threshold"], []],
  ["tilidine-naloxone", ["full-opioid-agonist"], ["rescue-opioid-antagonist"]],
  ["butalbital-acetaminophen", ["barbiturate-oxybate", "hepatotoxic"], ["other-cns-depressant"]],
  [
    "butalbital-acetaminophen-caffeine-codeine",
    ["barbiturate-oxybate", "full-opioid-agonist", "hepatotoxic"],
    ["other-cns-depressant"],
  ],
  ["pentobarbital", ["barbiturate-oxybate"], []],
  ["acetaminophen-diphenhydramine", ["other-cns-depressant", "hepatotoxic"], []],
  ["ibuprofen-diphenhydramine", ["other-cns-depressant"], ["hepatotoxic"]],
  [
    "acetaminophen-dextromethorphan-doxylamine",
    ["other-cns-depressant", "hepatotoxic", "serotonergic"],
    [],
  ],
  ["acetaminophen-dextromethorphan-promethazine", ["other-cns-depressant", "serotonergic"], []],
  ["diclofenac-topical", [], ["hepatotoxic"]],
  ["ibuprofen-topical", [], ["hepatotoxic"]],
  ["turmeric", ["hepatotoxic"], []],
  ["green-tea-extract", ["hepatotoxic"], []],
  ["ashwagandha", ["hepatotoxic"], []],
  ["valerian", ["hepatotoxic", "other-cns-depressant"], []],
  ["chondroitin", [], ["hepatotoxic"]],
  ["boswellia", [], ["hepatotoxic"]],
  ["glucosamine-chondroitin", [], ["hepatotoxic"]],
  ["tianeptine", ["full-opioid-agonist"], []],
  ["phenibut", ["other-cns-depressant"], []],
  ["acenocoumarol", ["nti-cyp2c9"], []],
  ["phenprocoumon", ["nti-cyp2c9"], []],
  ["enoxaparin", [], ["nti-cyp2c9"]],
  ["nefazodone", ["strong-cyp3a-inhibitor", "serotonergic", "hepatotoxic"], []],
  ["fosphenytoin", ["strong-cyp3a-inducer", "nti-cyp2c9", "pigmenting"], []],
  ["ruxolitinib", ["cyp3a-substrate"], []],
  ["guselkumab", [], []],
];

describe("new vocabulary entries", () => {
  it.each(cases)("%s is tagged by its pharmacology", (id, has, hasNot) => {
    const med = medicationById(id);
    expect(med, id).toBeDefined();
    expect(med?.classes).toEqual(expect.arrayContaining(has));
    for (const c of hasNot) expect(med?.classes).not.toContain(c);
  });

  it("fosphenytoin carries exactly phenytoin's classes (it is its prodrug)", () => {
    expect([...(medicationById("fosphenytoin")?.classes ?? [])].sort()).toEqual(
      [...(medicationById("phenytoin")?.classes ?? [])].sort(),
    );
  });

  it.each([
    "Subutex",
    "Temgesic",
    "Belbuca",
    "Butrans",
    "BuTrans",
    "Norspan",
    "Sublocade",
    "Brixadi",
    "Buvidal",
    "Probuphine",
    "Sixmo",
    "buprenorphine buccal film",
    "buprenorphine implant",
    "buprenorphine extended-release injection",
    "buprenorphine patch",
    "Suboxone",
    "Zubsolv",
  ])("every buprenorphine product (%s) is a partial agonist", (name) => {
    const top = searchMedications(name)[0];
    expect(top?.medication.classes).toContain("partial-opioid-agonist");
    expect(top?.medication.id).toMatch(/^buprenorphine/);
  });

  it.each([
    ["Lucemyra", "lofexidine"],
    ["BritLofex", "lofexidine"],
    ["Belsomra", "suvorexant"],
    ["Dayvigo", "lemborexant"],
    ["Quviviq", "daridorexant"],
    ["Tylenol PM", "acetaminophen-diphenhydramine"],
    ["Advil PM", "ibuprofen-diphenhydramine"],
    ["Aleve PM", "naproxen-diphenhydramine"],
    ["ZzzQuil", "diphenhydramine"],
    ["NyQuil", "acetaminophen-dextromethorphan-doxylamine"],
    ["Nytol", "diphenhydramine"],
    ["Sominex", "promethazine"],
    ["Unisom", "doxylamine"],
    ["Fioricet", "butalbital-acetaminophen-caffeine"],
    ["Fiorinal with Codeine", "butalbital-aspirin-caffeine-codeine"],
    ["Lomotil", "diphenoxylate-atropine"],
    ["Phenergan with Codeine", "promethazine-codeine"],
    ["Hysingla ER", "hydrocodone"],
    ["Xtampza ER", "oxycodone"],
    ["RoxyBond", "oxycodone"],
    ["MorphaBond ER", "morphine"],
    ["Nucynta ER", "tapentadol"],
    ["Opana ER", "oxymorphone"],
    ["Jyseleca", "filgotinib"],
    ["Voltaren Gel", "diclofenac-topical"],
    ["Clexane", "enoxaparin"],
    ["heparin sodium", "heparin"],
    ["fish oil", "omega-3-fatty-acids"],
    ["EGCG", "green-tea-extract"],
    ["curcumin", "turmeric"],
  ])("%s finds %s", (name, id) => {
    expect(searchMedications(name)[0]?.medication.id).toBe(id);
  });
});

/** Issue 16 §2: the gaps an outside review found, found by name and classed by pharmacology. */
describe("issue 16 §2 additions", () => {
  it.each([
    ["cobicistat", "cobicistat", ["strong-cyp3a-inhibitor"]],
    ["Tybost", "cobicistat", ["strong-cyp3a-inhibitor"]],
    [
      "Genvoya",
      "elvitegravir-cobicistat-emtricitabine-tenofovir-alafenamide",
      ["strong-cyp3a-inhibitor"],
    ],
    [
      "Stribild",
      "elvitegravir-cobicistat-emtricitabine-tenofovir-disoproxil",
      ["strong-cyp3a-inhibitor"],
    ],
    ["Evotaz", "atazanavir-cobicistat", ["strong-cyp3a-inhibitor", "cyp3a-substrate"]],
    ["Prezcobix", "darunavir-cobicistat", ["strong-cyp3a-inhibitor", "cyp3a-substrate"]],
    ["Limbitrol", "chlordiazepoxide-amitriptyline", ["benzodiazepine-z-drug", "serotonergic"]],
    ["Librax", "chlordiazepoxide-clidinium", ["benzodiazepine-z-drug"]],
    ["Excedrin Extra Strength", "acetaminophen-aspirin-caffeine", ["hepatotoxic"]],
    ["Imodium A-D", "loperamide", ["qt-prolonging"]],
    ["salsalate", "salsalate", []],
    ["diflunisal", "diflunisal", []],
    ["teriparatide", "teriparatide", []],
    ["abaloparatide", "abaloparatide", []],
    ["ibandronate", "ibandronate", []],
    ["raloxifene", "raloxifene", []],
    ["benazepril", "benazepril", []],
    ["dexlansoprazole", "dexlansoprazole", []],
    ["Synvisc", "hyaluronic-acid", []],
  ] as const)("%s is %s, with its classes", (name, id, has) => {
    const top = searchMedications(name)[0];
    expect(top?.medication.id).toBe(id);
    expect(top?.medication.classes).toEqual(expect.arrayContaining([...has]));
  });

  it("records over-the-counter CBD as checked with no interaction class (the evidence has none)", () => {
    for (const name of ["CBD", "CBD oil", "CBD gummies"]) {
      expect(searchMedications(name)[0]?.medication.id).toBe("cbd-products");
    }
    expect(medicationById("cbd-products")?.classes).toEqual([]);
  });

  it("keeps the plain and the night-time Excedrin apart", () => {
    expect(medicationById("acetaminophen-aspirin-caffeine")?.classes).not.toContain(
      "other-cns-depressant",
    );
    expect(searchMedications("Excedrin PM")[0]?.medication.classes).toContain(
      "other-cns-depressant",
    );
  });
});
