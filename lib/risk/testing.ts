/**
 * Shared harness for the table-driven rule tests (imported by *.test.ts only).
 * Each case names a rule, a set of answers and whether the rule fires; the harness also checks
 * that every rule of a table has at least one firing and one non-firing case.
 */
import { describe, expect, it } from "vitest";
import type { AssessmentAnswers } from "@/lib/checklist/schemas";
import { fire, type Rule } from "./rule";

export interface RuleCase {
  id: string;
  name: string;
  answers: AssessmentAnswers;
  fires: boolean;
  /** Trigger answers (labels) that must be shown when it fires. */
  shows?: string[];
}

export function checkRuleCases(title: string, table: readonly Rule[], cases: RuleCase[]) {
  const byId = new Map(table.map((r) => [r.id, r]));
  describe(title, () => {
    it.each(cases)("$id: $name", ({ id, answers, fires, shows }) => {
      const rule = byId.get(id);
      expect(rule, `unknown rule ${id}`).toBeDefined();
      const finding = fire(rule!, answers);
      if (!fires) {
        expect(finding).toBeNull();
        return;
      }
      expect(finding).not.toBeNull();
      expect(finding!.severity).toBe(rule!.severity);
      expect(finding!.triggeredBy.length).toBeGreaterThan(0);
      for (const t of finding!.triggeredBy) {
        expect(t.path && t.question && t.answer).toBeTruthy();
      }
      const answersShown = finding!.triggeredBy.map((t) => t.answer);
      for (const label of shows ?? []) expect(answersShown).toContain(label);
    });

    it("has a firing and a non-firing case for every rule", () => {
      for (const rule of table) {
        const mine = cases.filter((c) => c.id === rule.id);
        expect(
          mine.some((c) => c.fires),
          `${rule.id} never fires`,
        ).toBe(true);
        expect(
          mine.some((c) => !c.fires),
          `${rule.id} has no non-firing case`,
        ).toBe(true);
      }
    });
  });
}
