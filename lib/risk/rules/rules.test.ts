/** Checks on the rule table itself, independent of any answers. */

import { describe, expect, it } from "vitest";
import { citationExists } from "@/lib/evidence";
import { evidenceStrengths } from "@/lib/evidence/types";
import { tierOf } from "../tier";
import { domains } from "../types";
import { rules } from "./index";

// Interaction-class rules carry the vocabulary's own considerations; the house openers below apply
// to the wording written in lib/risk.
const ownRules = rules.filter((r) => !/^interaction\.[a-z0-9-]+$/.test(r.id) || isCrossClass(r.id));
function isCrossClass(id: string) {
  return [
    "interaction.cns-depressant-combination",
    "interaction.precipitated-withdrawal",
    "interaction.unchecked-free-text",
    "interaction.serotonergic-several",
    "interaction.hepatotoxic-low-signal",
  ].includes(id);
}

describe("rule table", () => {
  it("has unique, stable-looking ids", () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids)
      expect(id).toMatch(/^(use|interaction|dependence|skin|harms)\.[a-z0-9-]+$/);
  });

  it.each(rules.map((r) => [r.id, r] as const))(
    "%s is complete and cites existing evidence",
    (_, r) => {
      expect(Object.keys(domains)).toContain(r.domain);
      expect(["high", "moderate", "low", "info"]).toContain(r.severity);
      expect(Object.keys(evidenceStrengths)).toContain(tierOf(r));
      expect(r.title.length).toBeGreaterThan(0);
      expect(r.why.length).toBeGreaterThan(20);
      expect(r.considerations.length).toBeGreaterThan(0);
      expect(r.citations.length).toBeGreaterThan(0);
      for (const c of r.citations) expect(citationExists(c), `${c.section}#${c.anchor}`).toBe(true);
    },
  );

  it("words considerations as options to weigh, never orders", () => {
    for (const r of ownRules) {
      for (const c of r.considerations) expect(c, r.id).toMatch(/^(Consider|May warrant)\b/);
    }
  });

  it("gives no dosing advice", () => {
    for (const r of rules) {
      for (const text of [r.why, ...r.considerations]) {
        expect(text, r.id).not.toMatch(/\d\s*(mg|mcg|µg)\b|\b(take|give|start|stop) \d/i);
      }
    }
  });
});
