import { describe, expect, it } from "vitest";
import {
  ageBandFromBirthDate,
  type MedicationEntry,
  type MedicationResource,
  matchRecordMedicines,
  recordMedicines,
  sexFromGender,
} from "./prefill";
import { otherMedicinesText, prefillAnswers } from "./prefill-answers";

const today = new Date("2026-12-07T12:00:00Z");
const RX = "http://www.nlm.nih.gov/research/umls/rxnorm";

describe("ageBandFromBirthDate", () => {
  it.each([
    ["2010-01-01", "under-18"],
    ["2008-12-07", "18-24"], // 18 today
    ["2008-12-08", "under-18"], // 18 tomorrow
    ["1968-04-12", "55-64"],
    ["1937-12-07", "85-89"], // 89 today
    ["1936-12-07", "90+"], // 90 today: the top band
    ["1900-06-01", "90+"], // 126: still the top band
  ])("%s → %s", (birthDate, band) => {
    expect(ageBandFromBirthDate(birthDate, today)).toBe(band);
  });

  it("takes a year or month only when every possible age is in one band", () => {
    expect(ageBandFromBirthDate("1970", today)).toBe("55-64"); // 55 or 56
    expect(ageBandFromBirthDate("1972", today)).toBe("45-54"); // 53 or 54
    expect(ageBandFromBirthDate("1971", today)).toBeUndefined(); // 54 or 55: two bands
    expect(ageBandFromBirthDate("1971-12", today)).toBeUndefined(); // 54 or 55
    expect(ageBandFromBirthDate("1971-11", today)).toBe("55-64");
    expect(ageBandFromBirthDate("1930", today)).toBe("90+");
  });

  it("refuses what is not a FHIR date or lies in the future", () => {
    for (const bad of [undefined, 1970, "", "12/04/1968", "1968-4-12", "2030-01-01", "1780-01-01"])
      expect(ageBandFromBirthDate(bad, today)).toBeUndefined();
  });
});

describe("sexFromGender", () => {
  it("maps FHIR administrative gender, unknown as not stated, anything else to no answer", () => {
    expect(sexFromGender("female")).toBe("female");
    expect(sexFromGender("male")).toBe("male");
    expect(sexFromGender("other")).toBe("other");
    expect(sexFromGender("unknown")).toBe("not-stated");
    expect(sexFromGender("F")).toBeUndefined();
    expect(sexFromGender(undefined)).toBeUndefined();
  });
});

describe("record medicines", () => {
  const med: MedicationResource = {
    resourceType: "Medication",
    id: "m1",
    code: { coding: [{ system: RX, code: "7804", display: "oxycodone" }] },
  };
  const meds = new Map([["Medication/m1", med]]);
  const entries: MedicationEntry[] = [
    {
      resourceType: "MedicationRequest",
      status: "active",
      medicationCodeableConcept: {
        coding: [{ system: RX, code: "10689", display: "Ultram 50 mg" }],
      },
    },
    {
      resourceType: "MedicationRequest",
      status: "active",
      medicationReference: { reference: "Medication/m1" },
    },
    {
      resourceType: "MedicationStatement",
      status: "active",
      medicationCodeableConcept: { text: "Alprazolam 0.5 mg tablet" },
    },
    {
      resourceType: "MedicationStatement",
      status: "active",
      medicationCodeableConcept: { text: "Zentravil 20 mg" },
    },
    {
      resourceType: "MedicationRequest",
      status: "active",
      medicationCodeableConcept: { text: "benzo" },
    },
    {
      resourceType: "MedicationRequest",
      status: "active",
      medicationCodeableConcept: { text: "hydroxyzin" },
    },
    {
      resourceType: "MedicationRequest",
      status: "active",
      medicationReference: { reference: "Medication/gone", display: "Old pharmacy item" },
    },
    {
      resourceType: "MedicationRequest",
      status: "active",
      medicationReference: { reference: "Medication/gone" },
    },
    {
      resourceType: "MedicationRequest",
      status: "stopped",
      medicationCodeableConcept: { text: "sertraline" },
    },
    {
      resourceType: "MedicationRequest",
      status: "active",
      medicationCodeableConcept: {
        coding: [{ system: "http://other", code: "1", display: "Duloxetine" }],
      },
    },
  ];

  it("reads every active entry from each form: own concept, Medication reference, unreadable reference", () => {
    const list = recordMedicines(entries, meds);
    expect(list.map((m) => m.text)).toEqual([
      "Ultram 50 mg",
      "oxycodone",
      "Alprazolam 0.5 mg tablet",
      "Zentravil 20 mg",
      "benzo",
      "hydroxyzin",
      "Old pharmacy item",
      "A medicine whose name could not be read",
      "Duloxetine",
    ]);
    expect(list[1]).toMatchObject({ source: "MedicationRequest", rxnorm: ["7804"] });
  });

  it("adds by RxNorm code or exact name only; guesses, groups and unknowns are listed, none dropped", () => {
    const matched = matchRecordMedicines(recordMedicines(entries, meds));
    expect(matched.medicationIds).toEqual(["tramadol", "oxycodone", "alprazolam", "duloxetine"]);
    expect(matched.recognised.map((r) => r.by)).toEqual(["rxnorm", "rxnorm", "name", "name"]);
    expect(matched.unrecognised).toEqual([
      "Zentravil 20 mg",
      "benzo",
      "hydroxyzin",
      "Old pharmacy item",
      "A medicine whose name could not be read",
    ]);
  });

  it("a code outside the list falls back to the text, and the same medicine twice is added once", () => {
    const twice = matchRecordMedicines([
      { source: "MedicationRequest", text: "tramadol", rxnorm: ["835603"] },
      { source: "MedicationStatement", text: "Tramadol", rxnorm: [] },
    ]);
    expect(twice.medicationIds).toEqual(["tramadol"]);
    expect(twice.recognised).toHaveLength(2);
  });

  it("never trusts an unverified code: the entry is matched by its name or listed", () => {
    const matched = matchRecordMedicines([
      { source: "MedicationRequest", text: "Zolpidem 10 mg tablet", rxnorm: ["39993"] },
      { source: "MedicationRequest", text: "Sleep tablet", rxnorm: ["39993"] },
    ]);
    expect(matched.recognised).toEqual([
      { text: "Zolpidem 10 mg tablet", medicationId: "zolpidem", by: "name" },
    ]);
    expect(matched.unrecognised).toEqual(["Sleep tablet"]);
  });

  it("lists an entry whose code and name name two different medicines, trusting neither", () => {
    const matched = matchRecordMedicines([
      { source: "MedicationRequest", text: "Sertraline 50 mg", rxnorm: ["10689"] },
    ]);
    expect(matched.medicationIds).toEqual([]);
    expect(matched.unrecognised).toEqual(["Sertraline 50 mg"]);
  });
});

describe("prefillAnswers", () => {
  it("fills patient and medicines from the record and only what it gave", () => {
    const { answers, record } = prefillAnswers({
      patientReference: "EHR-ABC",
      patient: { birthDate: "1968-04-12", gender: "female" },
      medicines: {
        medicationIds: ["tramadol"],
        recognised: [{ text: "tramadol", medicationId: "tramadol", by: "name" }],
        unrecognised: ["Zentravil, 20 mg"],
      },
      today,
    });
    expect(answers).toEqual({
      patient: { patientReference: "EHR-ABC", ageBand: "55-64", sex: "female" },
      medications: { medicationIds: ["tramadol"], otherMedicines: "Zentravil 20 mg" },
    });
    expect(record).toMatchObject({
      ageBand: "55-64",
      sex: "female",
      unrecognised: ["Zentravil, 20 mg"],
    });
    const bare = prefillAnswers({ patientReference: "EHR-X", today });
    expect(bare.answers).toEqual({ patient: { patientReference: "EHR-X" } });
  });

  it("keeps the other-medicines text within its 500 characters", () => {
    const names = Array.from({ length: 60 }, (_, i) => `Unlisted brand number ${i}`);
    const text = otherMedicinesText(names);
    expect(text.length).toBeLessThanOrEqual(500);
    expect(text.split("\n")[0]).toBe("Unlisted brand number 0");
  });
});
