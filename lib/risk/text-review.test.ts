/**
 * Hazard H-14's text-review control, extended from the evidence sections to the texts a
 * finding shows (issue 16 §5): every rule's and interaction class's text rests on the
 * references of the evidence parts it cites, never on secondary sources alone, and every figure
 * it quotes can be found in those parts. Tiers are checked in lib/evidence/tiers.test.ts.
 */
import { describe, expect, it } from "vitest";
import { referenceById, sectionById } from "@/lib/evidence";
import { refsOfCitations } from "@/lib/evidence/tiers";
import type { Citation } from "@/lib/evidence/types";
import { interactionClasses } from "@/lib/medications";
import { rules } from "./rules";

interface FindingText {
  what: string;
  text: string;
  citations: readonly Citation[];
}

const texts: FindingText[] = [
  ...rules.map((r) => ({
    what: `rule ${r.id}`,
    text: [r.title, r.why, ...r.considerations].join(" "),
    citations: r.citations,
  })),
  ...interactionClasses.map((c) => ({
    what: `class ${c.id}`,
    text: [c.label, c.mechanism, ...c.considerations].join(" "),
    citations: c.citations,
  })),
];

/** The words of the cited parts, with their sections' summaries and stated unknowns. */
function citedText(citations: readonly Citation[]): string {
  return citations
    .map((c) => {
      const s = sectionById(c.section);
      if (!s) return "";
      const parts = s.parts.filter((p) => p.anchor === c.anchor);
      return [
        s.summary,
        ...parts.flatMap((p) => p.paragraphs.map((x) => x.text)),
        ...s.unknowns,
      ].join(" ");
    })
    .join(" ");
}

/** Figures as written: "1.39", "40", "2", "49" (a range "2–49" gives both ends). */
const figures = (t: string) => [...new Set(t.match(/\d+(?:\.\d+)?/g) ?? [])];

describe("rule and class texts are reviewed against their evidence (H-14)", () => {
  it.each(texts.map((t) => [t.what, t] as const))(
    "%s rests on a primary reference of the parts it cites, or says unknown",
    (_, t) => {
      const refs = refsOfCitations(t.citations, { sectionById, referenceById });
      const primary = refs.filter((id) => referenceById(id)?.secondary === false);
      // A part with no reference states missing evidence: the text must say it is unknown.
      if (refs.length === 0) expect(t.text, t.what).toMatch(/\bunknown\b/);
      else expect(primary.length, t.what).toBeGreaterThan(0);
    },
  );

  it.each(texts.map((t) => [t.what, t] as const))(
    "%s quotes only figures found in the parts it cites",
    (_, t) => {
      const source = citedText(t.citations);
      const missing = figures(t.text).filter((n) => !source.includes(n));
      expect(missing, `${t.what}: ${missing.join(", ")}`).toEqual([]);
    },
  );

  it("catches a figure that its cited parts do not hold", () => {
    const c = interactionClasses.find((x) => x.id === "cyp3a-substrate")!;
    const source = citedText(c.citations);
    expect(figures("raised exposure by 73%").filter((n) => !source.includes(n))).toEqual(["73"]);
  });
});
