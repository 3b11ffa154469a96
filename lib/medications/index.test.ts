import { describe, expect, it } from "vitest";
import {
  classesOf,
  interactionClassById,
  interactionClasses,
  isKnownMedicationId,
  medicationById,
  medications,
  searchMedications,
} from "./index";

describe("medications module", () => {
  it("looks medicines up by id", () => {
    expect(medicationById("oxycodone")?.generic).toBe("oxycodone");
    expect(medicationById("nope")).toBeUndefined();
    expect(isKnownMedicationId("gabapentin")).toBe(true);
    expect(isKnownMedicationId("alcohol")).toBe(false);
    expect(isKnownMedicationId("")).toBe(false);
    expect(isKnownMedicationId("__proto__")).toBe(false);
  });

  it("knows every vocabulary id", () => {
    for (const m of medications) expect(isKnownMedicationId(m.id)).toBe(true);
  });

  it("looks classes up by id", () => {
    for (const c of interactionClasses) expect(interactionClassById(c.id)).toBe(c);
    expect(interactionClassById("not-a-class")).toBeUndefined();
  });

  it("collects the union of classes for a list of ids, ignoring unknown ids", () => {
    const classes = classesOf(["tramadol", "gabapentin", "unknown-thing", "ibuprofen"]);
    expect(classes).toEqual(
      new Set([
        "full-opioid-agonist",
        "serotonergic",
        "cyp2d6-substrate",
        "cyp3a-substrate",
        "seizure-threshold",
        "gabapentinoid",
      ]),
    );
    expect(classesOf([])).toEqual(new Set());
  });

  it("re-exports search", () => {
    expect(searchMedications("Xanax")[0]?.medication.id).toBe("alprazolam");
  });
});
