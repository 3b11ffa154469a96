import { describe, expect, it } from "vitest";
import { findingLine } from "@/lib/report/summary-parts";
import { baseAnswers as b } from "../fixtures";
import { fire } from "../rule";
import { interactionRules } from "./interactions";

/** Issue 17 §5: the unchecked free-text finding reads plainly, never "(entered (not checked …))". */
describe("the unchecked free-text finding", () => {
  const rule = interactionRules.find((r) => r.id === "interaction.unchecked-free-text")!;
  const withText = (otherMedicines: string) =>
    fire(rule, b({ medications: { medicationIds: [], otherMedicines } }))!;

  it("says how many entries were typed, in the singular or plural", () => {
    expect(withText("Journavx").triggeredBy.map((t) => t.answer)).toEqual(["1 entry"]);
    expect(withText("Journavx, herbal tea\nSecret-X").triggeredBy.map((t) => t.answer)).toEqual([
      "3 entries",
    ]);
  });

  it("reads as one plain line in the summary and the note", () => {
    const line = findingLine(withText("Journavx, herbal tea"));
    expect(line).toBe("Medicines typed as free text were not checked (2 entries)");
    expect(line).not.toMatch(/entered|\(.*\(/i);
  });
});
