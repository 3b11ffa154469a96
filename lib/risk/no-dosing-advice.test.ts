/**
 * Issue 8 §5: no text that can reach a summary gives dosing advice: rule texts, considerations
 * added at run time, interaction-class texts, evidence-section texts, missing-item questions,
 * the overall rule, strength explanations and level phrases.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sections, strengthExplanations } from "@/lib/evidence";
import { evidenceStrengths } from "@/lib/evidence/types";
import { interactionClasses } from "@/lib/medications";
import { answersArb } from "./arbitraries";
import { assess, OVERALL_RULE } from "./assess";
import { domainLevelText, overallLevelText } from "./level-text";
import { rules } from "./rules";

/** Advice phrasing anywhere ("take" as a word, not "intake" or "taken"). */
const advice = [
  /\btake\s/i,
  /recommended dose/i,
  /\byou should\b/i,
  /we recommend/i,
  /should be taken/i,
  /safe (dose|amount)/i,
  /dose to use/i,
  /\b(take|give|start|stop|increase|reduce|taper|lower|raise)\s+(it\s+)?(to|by)?\s*\d/i,
  /\b(increase|reduce|lower|raise|adjust|double|halve)\s+the\s+(dose|amount)\b/i,
];
/** Considerations are actions to weigh: no amounts at all. */
const amount = /\d\s*(mg|mcg|µg|g|ml|mL)\b/;

function checkText(text: string, where: string) {
  for (const p of advice) expect(text, `${where}: ${p}`).not.toMatch(p);
}
function checkConsideration(text: string, where: string) {
  checkText(text, where);
  expect(text, `${where}: an amount in a consideration`).not.toMatch(amount);
  expect(text, `${where}: an order`).toMatch(/^(Consider|May warrant)\b/);
}

describe("no dosing advice in any text that can reach a summary", () => {
  it("rule titles, reasons and static considerations", () => {
    for (const r of rules) {
      checkText(r.title, r.id);
      checkText(r.why, r.id);
      for (const c of r.considerations) checkConsideration(c, r.id);
    }
  });

  it("interaction-class labels, mechanisms and considerations", () => {
    for (const c of interactionClasses) {
      checkText(c.label, c.id);
      checkText(c.mechanism, c.id);
      for (const x of c.considerations) checkConsideration(x, c.id);
    }
  });

  it("evidence-section texts", () => {
    for (const s of sections) {
      const texts = [
        s.title,
        s.summary,
        ...s.unknowns,
        ...s.parts.flatMap((p) => [p.heading, ...p.paragraphs.map((x) => x.text)]),
      ];
      for (const t of texts) checkText(t, s.id);
    }
  });

  it("strength labels and explanations, the overall rule", () => {
    for (const [k, label] of Object.entries(evidenceStrengths)) checkText(label, k);
    for (const [k, text] of Object.entries(strengthExplanations)) checkText(text, k);
    checkText(OVERALL_RULE, "overall rule");
  });

  it("findings, considerations added at run time, missing-item questions and level phrases", () => {
    // Collected first, then checked once each: the same texts recur across runs.
    const texts = new Set<string>();
    const considerations = new Set<string>();
    const asks = new Set<string>();
    for (const a of fc.sample(answersArb, { numRuns: 400, seed: 8 })) {
      const s = assess(a);
      for (const f of s.findings) {
        texts.add(f.title).add(f.why);
        for (const c of f.considerations) considerations.add(c);
        for (const t of f.triggeredBy) texts.add(t.answer);
      }
      for (const d of s.domains) {
        for (const m of d.missing) {
          texts.add(m.item);
          asks.add(m.ask);
        }
        texts.add(domainLevelText(d));
      }
      texts.add(overallLevelText(s));
    }
    for (const t of texts) checkText(t, "summary text");
    for (const c of considerations) checkConsideration(c, "run-time consideration");
    for (const m of asks) {
      checkText(m, "missing item");
      expect(m).toMatch(/^(Ask|Search|Look)\b/);
    }
    // The run-time considerations were reached, not only the static ones.
    expect([...considerations].some((c) => c.includes("time since the last"))).toBe(true);
  }, 60_000);

  it("catches advice when it is there (the check can fail)", () => {
    expect(() => checkConsideration("Consider 50 mg at night.", "x")).toThrow();
    expect(() => checkText("Take 2 capsules.", "x")).toThrow();
    expect(() => checkText("Reduce the dose by half.", "x")).toThrow();
    expect(() => checkConsideration("Stop kratom now.", "x")).toThrow();
  });
});
