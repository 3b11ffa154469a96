import { describe, expect, it } from "vitest";
import { evidenceStrengths, referenceById, referencesForSection, sections } from "./index";

/** Anchors other modules already cite: each must exist as a part of its section. */
const requiredAnchors: Record<string, string[]> = {
  pharmacology: ["receptors", "cyp3a-conversion", "seven-oh"],
  "use-pattern": [
    "frequency",
    "dose-bands",
    "concentrated-7oh",
    "escalation",
    "very-high-intakes",
    "co-use",
  ],
  "interactions-opioids": [
    "full-agonists",
    "partial-agonists",
    "antagonists",
    "other-opioid-receptor-drugs",
  ],
  "interactions-cns-depressants": [
    "benzodiazepines",
    "gabapentinoids",
    "alcohol",
    "other-depressants",
    "combinations",
  ],
  "interactions-serotonergic": ["serotonergic", "antipsychotics"],
  "interactions-cyp": [
    "cyp3a",
    "narrow-therapeutic-index",
    "inhibitors-inducers",
    "narrow-index-other",
    "cyp2d6",
    "other-enzymes",
  ],
  "interactions-qt": ["qt-prolongation"],
  "interactions-hepatotoxic": ["hepatotoxic-drugs"],
  "interactions-stimulants": ["stimulants"],
  "dependence-withdrawal": [
    "prevalence",
    "dsm5-severity",
    "withdrawal",
    "frequency-and-dependence",
    "treatment",
    "timing",
  ],
  "liver-injury": ["pattern", "latency", "cases"],
  "seizures-cardiac-respiratory": ["seizures", "cardiac", "respiratory", "deaths"],
  "pregnancy-neonatal": ["neonatal-abstinence", "breastfeeding"],
  hyperpigmentation: ["presentation", "sites-and-colour", "course", "differential", "fitzpatrick"],
  "pain-use": ["self-treatment", "trials", "peg"],
  "regulatory-status": ["us-federal", "seven-oh-scheduling", "international"],
  "screening-tools": ["dsm5", "withdrawal-scales", "peg-3"],
};

/** Phrases that would turn a description into dosing advice ("take" as a word, not "intake"). */
const dosingAdvice = [
  /\btake\s/i,
  /recommended dose/i,
  /you should/i,
  /we recommend/i,
  /should be taken/i,
  /safe dose/i,
  /dose to use/i,
];

/** A paragraph may cite nothing only when it says the evidence is missing. */
const statesAbsence =
  /^no\b|unknown|not (been )?(found|seen|studied|quantified|shown|established|covered)|no (study|studies|report|reports|data|source|trial|trials)\b/i;

function allText(s: (typeof sections)[number]): string[] {
  return [
    s.title,
    s.summary,
    ...s.unknowns,
    ...s.parts.flatMap((p) => [p.heading, ...p.paragraphs.map((para) => para.text)]),
  ];
}

describe("evidence sections", () => {
  it("have unique ids and include every required section", () => {
    const ids = sections.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of Object.keys(requiredAnchors)) expect(ids).toContain(id);
  });

  it.each(sections.map((s) => [s.id, s] as const))("%s is well formed", (_id, s) => {
    expect(s.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(s.title.length).toBeGreaterThan(0);
    expect(s.summary.length).toBeGreaterThan(40);
    expect(Object.keys(evidenceStrengths)).toContain(s.strength);
    expect(s.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(["2026-11-25", "2026-12-04"]).toContain(s.lastReviewed);
    expect(s.parts.length).toBeGreaterThan(0);
    expect(s.unknowns.length).toBeGreaterThan(0);
    const anchors = s.parts.map((p) => p.anchor);
    expect(new Set(anchors).size).toBe(anchors.length);
    for (const a of anchors) expect(a).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    for (const part of s.parts) {
      expect(part.heading.length).toBeGreaterThan(0);
      expect(part.paragraphs.length).toBeGreaterThan(0);
    }
  });

  it.each(Object.entries(requiredAnchors))(
    "%s has the anchors other modules cite",
    (id, anchors) => {
      const section = sections.find((s) => s.id === id);
      expect(section).toBeDefined();
      const present = section?.parts.map((p) => p.anchor) ?? [];
      for (const a of anchors) expect(present).toContain(a);
    },
  );

  it("cite only references that exist, without repeats in a paragraph", () => {
    for (const s of sections) {
      for (const part of s.parts) {
        for (const para of part.paragraphs) {
          expect(new Set(para.refs).size, `${s.id}#${part.anchor}`).toBe(para.refs.length);
          for (const id of para.refs) {
            expect(referenceById(id), `${s.id}#${part.anchor} cites ${id}`).toBeDefined();
          }
        }
      }
    }
  });

  it("never rest a paragraph on secondary sources alone, and flag any secondary source cited", () => {
    for (const s of sections) {
      for (const part of s.parts) {
        for (const para of part.paragraphs) {
          const refs = para.refs.map((id) => referenceById(id));
          const secondary = refs.filter((r) => r?.secondary);
          if (secondary.length === 0) continue;
          const where = `${s.id}#${part.anchor}`;
          expect(
            refs.some((r) => r && !r.secondary),
            `${where} cites only secondary sources`,
          ).toBe(true);
          expect(para.text.toLowerCase(), `${where} must say the source is secondary`).toContain(
            "secondary",
          );
        }
      }
    }
  });

  it("cite at least one reference in every paragraph that is not a statement of missing evidence", () => {
    for (const s of sections) {
      for (const part of s.parts) {
        for (const para of part.paragraphs) {
          if (para.refs.length > 0) continue;
          expect(para.text, `${s.id}#${part.anchor}: uncited paragraph`).toMatch(statesAbsence);
        }
      }
    }
  });

  it("each list at least one reference for the page", () => {
    for (const s of sections) expect(referencesForSection(s).length, s.id).toBeGreaterThan(0);
  });

  it("contain no dosing advice and no inline reference markers", () => {
    for (const s of sections) {
      for (const text of allText(s)) {
        for (const phrase of dosingAdvice) {
          expect(text, `${s.id}: dosing advice`).not.toMatch(phrase);
        }
        expect(text, `${s.id}: cite through refs, not inline`).not.toMatch(/\[R\d+\]/);
      }
    }
  });

  it("say unknown where the evidence file lists unverified claims", () => {
    const unknowns = (id: string) => sections.find((s) => s.id === id)?.unknowns.join(" ") ?? "";
    expect(unknowns("dependence-withdrawal")).toMatch(/timeline/i);
    expect(unknowns("hyperpigmentation")).toMatch(/16 months/);
    expect(unknowns("hyperpigmentation")).toMatch(/Fitzpatrick/);
    expect(unknowns("pain-use")).toMatch(/joint pain/i);
    expect(unknowns("interactions-cns-depressants")).toMatch(/benzodiazepines or gabapentinoids/);
    expect(unknowns("interactions-cyp")).toMatch(/single 2 g dose/);
  });
});
