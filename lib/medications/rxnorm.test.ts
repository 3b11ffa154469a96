import { describe, expect, it } from "vitest";
import { isKnownMedicationId, medicationById } from "./index";
import { medicationIdForRxNorm, rxnormCodes, UNVERIFIED_RXNORM } from "./rxnorm";

describe("RxNorm ingredient codes", () => {
  it("point only at medicines of the vocabulary, each by its own generic name", () => {
    for (const [code, id] of rxnormCodes) {
      expect(isKnownMedicationId(id), `${code} → ${id}`).toBe(true);
      expect(medicationById(id)?.id).toBe(id);
    }
  });

  it("map one code to one medicine and refuse unknown codes and prototype keys", () => {
    expect(new Set(rxnormCodes.values()).size).toBe(rxnormCodes.size);
    expect(medicationIdForRxNorm("10689")).toBe("tramadol");
    expect(medicationIdForRxNorm("99999999")).toBeUndefined();
    expect(medicationIdForRxNorm("constructor")).toBeUndefined();
  });

  it("never match by a code no source confirmed", () => {
    for (const [code, id] of UNVERIFIED_RXNORM) {
      expect(isKnownMedicationId(id), `${code} → ${id}`).toBe(true);
      expect(rxnormCodes.has(code)).toBe(false);
      expect(medicationIdForRxNorm(code)).toBeUndefined();
    }
  });
});
