import { describe, expect, it } from "vitest";
import { draftMedicines } from "./draft-orders";
import { combineCodeTables, mapConcept, ownCodes } from "./medication-map";
import { draftBundle, ownCoding } from "./testing";

const idOf = (concept: unknown, table = ownCodes) => {
  const m = mapConcept(concept, table);
  return m.status === "matched" ? `${m.medication.id} by ${m.by}` : m.reason;
};

describe("mapping an ordered medicine to the vocabulary", () => {
  it("takes the vocabulary's own code", () => {
    expect(idOf({ coding: [ownCoding("oxycodone")] })).toBe("oxycodone by code");
  });

  it("takes an exact generic or brand name, with its dose and form words set aside", () => {
    expect(idOf({ text: "oxycodone hydrochloride 5 MG Oral Tablet" })).toBe("oxycodone by name");
    expect(idOf({ text: "Xanax 0.5 mg tablets" })).toBe("alprazolam by name");
    expect(
      idOf({ coding: [{ system: "urn:other", code: "1", display: "Naltrexone 50 mg" }] }),
    ).toBe("naltrexone by name");
  });

  it("never guesses: a misspelling, a part of a name or a group word is not a match", () => {
    expect(idOf({ text: "oxycodne" })).toBe("not-exact");
    expect(idOf({ text: "benzos" })).toBe("not-exact");
    expect(idOf({ text: "oxy" })).toBe("not-exact");
    expect(idOf({ text: "Frobnicator 20 mg" })).toBe("not-exact");
    expect(idOf({})).toBe("no-name");
  });

  it("refuses two names that name different medicines", () => {
    expect(
      idOf({ text: "sertraline", coding: [{ system: "urn:x", code: "9", display: "tramadol" }] }),
    ).toBe("conflict");
  });

  it("lets a code table drop in beside the vocabulary's own codes", () => {
    const rx = (system: string, code: string) =>
      system === "http://www.nlm.nih.gov/research/umls/rxnorm" && code === "7804"
        ? "oxycodone"
        : undefined;
    const table = combineCodeTables(ownCodes, rx);
    expect(
      idOf(
        { coding: [{ system: "http://www.nlm.nih.gov/research/umls/rxnorm", code: "7804" }] },
        table,
      ),
    ).toBe("oxycodone by code");
    // A code is the EHR's own identification: it wins over a display.
    expect(idOf({ text: "something else", coding: [ownCoding("sertraline")] })).toBe(
      "sertraline by code",
    );
  });
});

describe("draft orders", () => {
  const bundle = draftBundle(
    [
      { id: "a", text: "oxycodone 5 mg" },
      { id: "b", text: "alprazolam 0.5 mg" },
      { id: "c", text: "sertraline", status: "cancelled" },
    ],
    "p1",
  );

  it("order-select judges the selected orders and takes the others along", () => {
    const meds = draftMedicines(bundle, ["MedicationRequest/a"]);
    expect(meds.map((m) => [m.ref, m.isNew])).toEqual([
      ["MedicationRequest/a", true],
      ["MedicationRequest/b", false],
    ]);
  });

  it("order-sign judges every standing draft order", () => {
    expect(draftMedicines(bundle, undefined).every((m) => m.isNew)).toBe(true);
  });

  it("reads a contained Medication through medicationReference", () => {
    const withRef = {
      resourceType: "Bundle",
      entry: [
        {
          resource: {
            resourceType: "MedicationRequest",
            id: "r",
            status: "draft",
            medicationReference: { reference: "#m" },
            contained: [{ resourceType: "Medication", id: "m", code: { text: "Revia" } }],
          },
        },
      ],
    };
    const [m] = draftMedicines(withRef, undefined);
    expect(m.mapped.status === "matched" && m.mapped.medication.id).toBe("naltrexone");
  });

  it("ignores what is not a bundle of orders", () => {
    expect(draftMedicines(null, undefined)).toEqual([]);
    expect(draftMedicines({ resourceType: "Bundle", entry: [{ resource: 3 }] }, undefined)).toEqual(
      [],
    );
  });
});
