/** Issue 8 §4: evidence strength that does not overstate, and the text fixes. */
import { describe, expect, it } from "vitest";
import { interactionClasses } from "@/lib/medications";
import { tierOf } from "@/lib/risk/tier";
import { evidenceStrengths, sectionById, strengthExplanation, strengthExplanations } from "./index";

const sectionText = (id: string, anchor?: string) => {
  const s = sectionById(id)!;
  return s.parts
    .filter((p) => !anchor || p.anchor === anchor)
    .flatMap((p) => p.paragraphs.map((x) => x.text))
    .join(" ");
};

describe("evidence strength tiers", () => {
  it("has observational and extrapolated tiers, each tier with an explanation", () => {
    expect(Object.keys(evidenceStrengths)).toEqual(
      expect.arrayContaining(["observational", "extrapolated"]),
    );
    expect(Object.keys(strengthExplanations).sort()).toEqual(Object.keys(evidenceStrengths).sort());
    for (const k of Object.keys(evidenceStrengths) as (keyof typeof evidenceStrengths)[]) {
      expect(strengthExplanation(k).length).toBeGreaterThan(40);
    }
    expect(strengthExplanation("extrapolated")).toMatch(/another drug|another population/);
    expect(strengthExplanation("observational")).toMatch(/not cause and effect/);
  });

  it.each([
    "use-pattern",
    "dependence-withdrawal",
    "interactions-opioids",
    "liver-injury",
    "seizures-cardiac-respiratory",
  ])("labels %s (surveys, registries, examiner data) as observational", (id) => {
    expect(sectionById(id)?.strength).toBe("observational");
  });

  it("labels the narrow-index CYP3A class as extrapolated from one healthy-volunteer study", () => {
    const nti = interactionClasses.find((c) => c.id === "cyp3a-substrate-nti")!;
    expect(tierOf(nti)).toBe("extrapolated");
    expect(nti.mechanism).toMatch(/extrapolated from that one healthy-volunteer study/);
  });
});

describe("evidence text fixes", () => {
  it("says the buprenorphine induction timing comes from one series of three patients", () => {
    expect(sectionText("dependence-withdrawal", "timing")).toMatch(/one series of three patients/);
    expect(sectionText("interactions-opioids", "partial-agonists")).toMatch(
      /one series of three patients/,
    );
    const bup = interactionClasses.find((c) => c.id === "partial-opioid-agonist")!;
    expect(bup.mechanism).toMatch(/one series of three patients/);
    for (const id of ["opioid-antagonist", "rescue-opioid-antagonist"]) {
      const c = interactionClasses.find((x) => x.id === id)!;
      expect([c.mechanism, ...c.considerations].join(" ")).not.toMatch(/8 hours/);
    }
  });

  it("marks the gabapentinoid regulator warning as seen only in a secondary source", () => {
    const gaba = interactionClasses.find((c) => c.id === "gabapentinoid")!;
    expect(gaba.mechanism).toMatch(/FDA warning .* seen only through a secondary source/);
    expect(sectionText("interactions-cns-depressants", "gabapentinoids")).toMatch(
      /seen only as quoted by a secondary source/,
    );
  });

  it("keeps research notes off the pages: no 'not shown where it was seen' (issue 17 §5)", () => {
    expect(sectionText("interactions-opioids")).not.toMatch(/not shown where|where it was seen/);
    expect(sectionText("interactions-opioids", "full-agonists")).toContain("(adjusted OR 11.7).");
  });

  it("describes the dose bands' source as anecdotal", () => {
    expect(sectionText("use-pattern", "dose-bands")).toMatch(/anecdotal/);
  });

  it("names very high intakes in their own part", () => {
    expect(sectionText("use-pattern", "very-high-intakes")).toMatch(/92 g\/day/);
  });
});
