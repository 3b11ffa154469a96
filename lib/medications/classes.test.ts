import { describe, expect, it } from "vitest";
import { evidenceStrengths } from "@/lib/evidence/types";
import { tierOf } from "@/lib/risk/tier";
import { citable, interactionClasses } from "./classes";
import { interactionClassIds } from "./types";

const allowed = new Set<string>(citable);

describe("interaction classes", () => {
  it("defines exactly one class per id, in id order", () => {
    expect(interactionClasses.map((c) => c.id)).toEqual([...interactionClassIds]);
  });

  it.each([...interactionClasses])("$id has complete, well-formed text", (c) => {
    expect(c.label.trim().length).toBeGreaterThan(3);
    expect(["high", "moderate", "low", "info"]).toContain(c.severity);
    expect(Object.keys(evidenceStrengths)).toContain(tierOf(c));
    expect(c.mechanism.length).toBeGreaterThan(80);
    expect(c.considerations.length).toBeGreaterThan(0);
    for (const text of c.considerations) {
      // Options to weigh, never orders or doses.
      expect(text).toMatch(/^(Consider|May warrant) /);
      expect(text).not.toMatch(/\b(must|should|always|never)\b/i);
      expect(text).not.toMatch(/\b\d+(\.\d+)?\s?(mg|mcg|µg|g)\b/i);
    }
  });

  it.each([...interactionClasses])("$id cites only the agreed evidence parts", (c) => {
    expect(c.citations.length).toBeGreaterThan(0);
    for (const { section, anchor } of c.citations) {
      expect(allowed.has(`${section}#${anchor}`), `${section}#${anchor}`).toBe(true);
    }
    const keys = c.citations.map((x) => `${x.section}#${x.anchor}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("says plainly when a class has no kratom-specific data", () => {
    for (const c of interactionClasses) {
      if (tierOf(c) === "expert-opinion") {
        expect(c.mechanism, c.id).toMatch(
          /^No kratom-specific interaction data were found; the concern is inferred/,
        );
      }
      if (tierOf(c) === "extrapolated") expect(c.mechanism, c.id).toMatch(/inferred|extrapolated/);
    }
  });

  it("extrapolates the CYP3A classes from the midazolam study, CYP2D6 on laboratory data", () => {
    const strength = (id: string) => tierOf(interactionClasses.find((c) => c.id === id)!);
    expect(strength("cyp3a-substrate")).toBe("extrapolated");
    expect(strength("cyp3a-substrate-nti")).toBe("extrapolated");
    expect(strength("full-opioid-agonist")).toBe("observational");
    expect(strength("cyp2d6-substrate")).toBe("lab-animal");
    expect(strength("opioid-antagonist")).toBe("case-reports");
  });

  it.each([
    ["rescue-opioid-antagonist", "info"],
    ["opioid-antagonist", "high"],
    ["mixed-agonist-antagonist", "moderate"],
    ["peripheral-opioid-antagonist", "low"],
    ["barbiturate-oxybate", "high"],
    ["strong-cyp3a-inhibitor", "moderate"],
    ["strong-cyp3a-inducer", "low"],
    ["nti-cyp2c9", "low"],
    ["nti-pgp", "low"],
  ])("rates %s as %s", (id, severity) => {
    expect(interactionClasses.find((c) => c.id === id)?.severity).toBe(severity);
  });

  it("labels the laboratory-only and animal-only classes as such", () => {
    const c = (id: string) => interactionClasses.find((x) => x.id === id)!;
    for (const id of ["nti-cyp2c9", "nti-pgp"]) {
      expect(tierOf(c(id))).toBe("lab-animal");
      expect(c(id).label).toMatch(/laboratory data only/);
    }
    expect(tierOf(c("strong-cyp3a-inhibitor"))).toBe("lab-animal");
    expect(c("strong-cyp3a-inhibitor").label).toMatch(/animal data/);
    // No inducer was ever studied with kratom: extrapolated, and titled so (issue 16 §4).
    expect(tierOf(c("strong-cyp3a-inducer"))).toBe("extrapolated");
    expect(c("strong-cyp3a-inducer").label).toMatch(/extrapolated/);
    expect(c("strong-cyp3a-inducer").label).not.toMatch(/animal/);
    for (const id of ["strong-cyp3a-inhibitor"]) {
      expect(c(id).mechanism).toMatch(/animal data/i);
    }
    expect(c("peripheral-opioid-antagonist").label).toMatch(/rated by mechanism/);
    expect(c("barbiturate-oxybate").severity).toBe(c("benzodiazepine-z-drug").severity);
  });

  it("flags exactly the sedating classes as CNS depressants", () => {
    expect(interactionClasses.filter((c) => c.cnsDepressant).map((c) => c.id)).toEqual([
      "full-opioid-agonist",
      "partial-opioid-agonist",
      "mixed-agonist-antagonist",
      "benzodiazepine-z-drug",
      "barbiturate-oxybate",
      "gabapentinoid",
      "other-cns-depressant",
      "alcohol",
      "antipsychotic",
    ]);
  });

  it("notes that the acetaminophen concern is regular or high-dose use", () => {
    const liver = interactionClasses.find((c) => c.id === "hepatotoxic")!;
    expect(liver.mechanism).toMatch(/acetaminophen \(paracetamol\).*regular or high-dose use/);
  });
});
