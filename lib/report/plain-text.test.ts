import { describe, expect, it } from "vitest";
import { assess } from "@/lib/risk";
import { withMedicines } from "@/lib/risk/fixtures";
import { summaryToText } from "./plain-text";

describe("plain-text summary for the EHR note", () => {
  const answers = withMedicines(["oxycodone"], {
    usePattern: { frequency: "daily", dosesPerDay: 4 },
  });
  const text = summaryToText({
    summary: assess(answers),
    answers,
    submittedAt: new Date("2026-11-25T10:00:00Z"),
  });

  it("carries the overall level, versions, every finding with its triggers and evidence links", () => {
    const summary = assess(answers);
    expect(text).toContain(`Overall level: ${summary.overall.toUpperCase()}`);
    expect(text).toContain(`Ruleset ${summary.rulesetVersion}`);
    for (const f of summary.findings) {
      expect(text).toContain(f.title);
      for (const c of f.citations) expect(text).toContain(`/evidence/${c.section}#${c.anchor}`);
    }
    expect(text).toContain("Submitted: 2026-11-25 10:00 UTC");
  });

  it("has no markup and ends with the decision-support caveat", () => {
    expect(text).not.toMatch(/<[a-z]/i);
    expect(text.trim().endsWith("not instructions.")).toBe(true);
  });
});
