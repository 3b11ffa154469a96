/**
 * Issue 16 §4: every reference has its study type once, and every section's, rule's and
 * interaction class's tier is derived from the references it cites: the strongest that supports
 * it, never stronger, only lowered with a stated reason. A tier typed by hand fails here.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { interactionClasses, medications } from "@/lib/medications";
import { assess, rules } from "@/lib/risk";
import { withMedicines } from "@/lib/risk/fixtures";
import { tierOf } from "@/lib/risk/tier";
import { referenceById, references, sectionById, sections } from "./index";
import { refsOfCitations, tierOfRefs, tierRank } from "./tiers";
import { type EvidenceBasis, type EvidenceStrength, studyTypes } from "./types";

const src = { sectionById, referenceById };
const root = path.resolve(__dirname, "../..");
const sourceFiles = (dir: string) =>
  readdirSync(path.join(root, dir))
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .map((f) => path.join(dir, f));

interface Claim {
  what: string;
  tier: EvidenceStrength;
  refs: string[];
  basis?: EvidenceBasis;
}

const sectionRefs = (id: string) =>
  sectionById(id)!.parts.flatMap((p) => p.paragraphs.flatMap((x) => x.refs));
const claims: Claim[] = [
  ...sections.map((s) => ({
    what: `section ${s.id}`,
    tier: s.strength,
    refs: s.basis?.refs ?? sectionRefs(s.id),
    basis: s.basis,
  })),
  ...rules.map((r) => ({
    what: `rule ${r.id}`,
    tier: tierOf(r),
    refs: r.basis?.refs ?? refsOfCitations(r.citations, src),
    basis: r.basis,
  })),
  ...interactionClasses.map((c) => ({
    what: `class ${c.id}`,
    tier: tierOf(c),
    refs: c.basis?.refs ?? refsOfCitations(c.citations, src),
    basis: c.basis,
  })),
];

describe("evidence tiers derived from the references (issue 16 §4)", () => {
  it("gives every reference one study type", () => {
    for (const r of references) expect(Object.keys(studyTypes), r.id).toContain(r.studyType);
    expect(referenceById("R118")?.studyType).toBe("trial");
    expect(referenceById("R10")?.studyType).toBe("pk-human");
    expect(referenceById("R38")?.studyType).toBe("survey");
    expect(referenceById("R84")?.studyType).toBe("cohort-registry");
  });

  it("types no tier by hand in sections, interaction classes or rules", () => {
    const files = [
      ...sourceFiles("lib/evidence/sections"),
      ...sourceFiles("lib/medications/classes"),
      ...sourceFiles("lib/risk/rules"),
    ];
    expect(files.length).toBeGreaterThan(20);
    for (const f of files)
      expect(readFileSync(path.join(root, f), "utf8"), f).not.toMatch(
        /\bstrength:\s*("|\w+\.strength)/,
      );
  });

  it.each(claims.map((c) => [c.what, c] as const))(
    "%s is never stronger than its sources",
    (_, c) => {
      const fromSources = tierOfRefs(c.refs, src);
      expect(tierRank(c.tier)).toBeGreaterThanOrEqual(tierRank(fromSources));
      // A stated support is a subset of what the claim cites.
      if (c.basis?.refs) for (const id of c.basis.refs) expect(referenceById(id), id).toBeDefined();
      // A cap only ever lowers, and says why: it is never a typed tier in disguise.
      if (c.basis?.atMost) {
        expect(tierRank(c.basis.atMost.tier)).toBeGreaterThan(tierRank(fromSources));
        expect(c.tier).toBe(c.basis.atMost.tier);
        expect(c.basis.atMost.because.length).toBeGreaterThan(30);
      } else {
        expect(c.tier).toBe(fromSources);
      }
    },
  );

  it("fixes the mislabels of the review: surveys and registries are not a clinical study", () => {
    const rule = (id: string) => tierOf(rules.find((r) => r.id === id)!);
    for (const id of [
      "dependence.dsm5-mild",
      "dependence.dsm5-moderate",
      "dependence.dsm5-severe",
      "dependence.withdrawal-when-missed",
      "dependence.unsuccessful-quit",
      "use.co-use-opioids",
      "harms.liver-symptoms",
    ])
      expect(rule(id), id).toBe("observational");
    expect(sectionById("pain-use")?.strength).not.toBe("clinical-study");
    expect(sectionById("pain-use")?.basis?.atMost?.because).toMatch(/no trial in clinical pain/);
    const inducer = interactionClasses.find((c) => c.id === "strong-cyp3a-inducer")!;
    expect(tierOf(inducer)).toBe("extrapolated");
  });

  it.each(["clarithromycin", "nirmatrelvir/ritonavir", "ritonavir", "itraconazole"])(
    "gives %s the strong-inhibitor finding only, one finding per mechanism",
    (id) => {
      const med = medications.find((m) => m.generic === id)!;
      const ids = assess(withMedicines([med.id])).findings.map((f) => f.id);
      expect(ids).toContain("interaction.strong-cyp3a-inhibitor");
      expect(ids).not.toContain("interaction.cyp3a-substrate");
    },
  );

  it("still gives a plain CYP3A substrate its finding, as extrapolated", () => {
    const f = assess(withMedicines(["atorvastatin"])).findings.find(
      (x) => x.id === "interaction.cyp3a-substrate",
    );
    if (f) expect(f.strength).toBe("extrapolated");
    const any = assess(withMedicines(["midazolam"])).findings.find(
      (x) => x.id === "interaction.cyp3a-substrate",
    );
    expect(any?.strength).toBe("extrapolated");
  });
});
