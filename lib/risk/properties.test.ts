/** Property tests over generated, schema-valid answers. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { useFrequencies } from "@/lib/checklist/options";
import { type AssessmentAnswers, assessmentSchema } from "@/lib/checklist/schemas";
import { citationExists } from "@/lib/evidence";
import { answersArb } from "./arbitraries";
import { assess, levelRank } from "./assess";
import { asInput, baseAnswers } from "./fixtures";
import { domainLevelText, overallLevelText } from "./level-text";
import { riskFactors } from "./risk-factors";
import type { AssessmentSummary } from "./types";
import { unknownItems } from "./unknowns";

const runs = { numRuns: 300 };
const rank = (level: string | null) => (level === null ? -1 : levelRank(level as "low"));
const clone = (a: AssessmentAnswers) => structuredClone(a);

describe("assess over generated answers", () => {
  it("generates only schema-valid answers", () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const parsed = assessmentSchema.safeParse(asInput(a));
        if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
      }),
      runs,
    );
  });

  it("never throws, and every finding has triggers and existing citations", () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        for (const f of assess(a).findings) {
          expect(f.triggeredBy.length).toBeGreaterThan(0);
          expect(f.considerations.length).toBeGreaterThan(0);
          expect(f.citations.length).toBeGreaterThan(0);
          for (const c of f.citations)
            expect(citationExists(c), `${f.id} ${c.section}#${c.anchor}`).toBe(true);
        }
      }),
      runs,
    );
  });

  it("gives the same output for the same input, and does not change the input", () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const before = clone(a);
        expect(assess(a)).toEqual(assess(clone(a)));
        expect(a).toEqual(before);
      }),
      runs,
    );
  });

  it("derives the overall level from every domain with a level, as the stated rule says", () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const s: AssessmentSummary = assess(a);
        const top = Math.max(...s.domains.map((d) => rank(d.level)));
        expect(rank(s.overall)).toBe(top);
        for (const d of s.domains) {
          const own = s.findings.filter((f) => f.domain === d.domain);
          expect(d.status === "not-assessed").toBe(d.level === null);
          if (d.status === "not-assessed")
            expect(own.every((f) => f.severity === "info")).toBe(true);
          else expect(rank(d.level)).toBe(Math.max(0, ...own.map((f) => rank(f.severity))));
        }
        expect(new Set(s.findings.map((f) => f.id)).size).toBe(s.findings.length);
      }),
      runs,
    );
  });
});

/**
 * Random answers usually carry several high findings, which would hide a rule that lowers a
 * level; so monotonicity is also checked from the low-risk baseline plus up to three factors.
 */
const factorNames = Object.keys(riskFactors);
const sparseArb = fc
  .record({
    frequency: fc.constantFrom(...useFrequencies.map((f) => f.value)),
    dosesPerDay: fc.integer({ min: 1, max: 4 }),
    steps: fc.array(fc.tuple(fc.constantFrom(...factorNames), fc.nat()), { maxLength: 3 }),
  })
  .map(({ frequency, dosesPerDay, steps }) =>
    steps.reduce(
      (a, [name, pick]) => riskFactors[name](a, pick),
      baseAnswers({ usePattern: { frequency, dosesPerDay } }),
    ),
  );

describe("monotonicity: adding a risk factor never lowers a level", () => {
  it.each(Object.entries(riskFactors))("adding %s", (_, add) => {
    fc.assert(
      fc.property(fc.oneof(answersArb, sparseArb), fc.nat(), (a, pick) => {
        const more = add(a, pick);
        expect(assessmentSchema.safeParse(asInput(more)).success).toBe(true);
        const [before, after] = [assess(a), assess(more)];
        expect(rank(after.overall)).toBeGreaterThanOrEqual(rank(before.overall));
        before.domains.forEach((d, i) => {
          expect(rank(after.domains[i].level), d.domain).toBeGreaterThanOrEqual(rank(d.level));
        });
      }),
      runs,
    );
  });
});

/**
 * Issue 8: what was not asked or not checked never reads as reassurance. An unanswered item is
 * compared with its reassuring answer; a free-text medicine with no free text.
 */
describe("unanswered and unchecked items never reassure", () => {
  const plainLow = (s: AssessmentSummary) =>
    s.overall === "low" && !s.overallIncomplete && overallLevelText(s) === "Low";

  it("an unchecked free-text medicine never lowers a level and never yields a plain low", () => {
    fc.assert(
      fc.property(
        fc.oneof(answersArb, sparseArb),
        fc.string({ minLength: 1, maxLength: 40 }).filter((t) => t.trim().length > 0),
        (a, text) => {
          const typed = `Secret-${text}`;
          const withText = {
            ...a,
            medications: { ...a.medications, otherMedicines: typed, noneTaken: undefined },
          };
          const without = {
            ...a,
            medications: { ...a.medications, otherMedicines: undefined },
          };
          const [before, after] = [assess(without), assess(withText)];
          expect(rank(after.overall)).toBeGreaterThanOrEqual(rank(before.overall));
          before.domains.forEach((d, i) => {
            expect(rank(after.domains[i].level), d.domain).toBeGreaterThanOrEqual(rank(d.level));
          });
          const interactions = after.domains.find((d) => d.domain === "interactions")!;
          expect(interactions.status).toBe("partly-assessed");
          expect(after.overallIncomplete).toBe(true);
          expect(plainLow(after)).toBe(false);
          // The free text itself never reaches the missing items.
          expect(JSON.stringify(after)).not.toContain("Secret-");
        },
      ),
      runs,
    );
  });

  it.each(Object.entries(unknownItems))(
    "%s left unknown never reads lower than its reassuring answer, nor as plainly assessed",
    (_, item) => {
      fc.assert(
        fc.property(fc.oneof(answersArb, sparseArb), (a) => {
          fc.pre(item.applies(a));
          const [reassured, unknown] = [assess(item.reassuring(a)), assess(item.unknown(a))];
          expect(rank(unknown.overall)).toBeGreaterThanOrEqual(rank(reassured.overall));
          // "Not assessed" has no level: it is flagged, never read as low, so it is not lower.
          reassured.domains.forEach((d, i) => {
            const u = unknown.domains[i];
            if (u.status === "not-assessed") return;
            expect(rank(u.level), d.domain).toBeGreaterThanOrEqual(rank(d.level));
          });
          const own = unknown.domains.find((d) => d.domain === item.domain)!;
          expect(own.status).not.toBe("assessed");
          expect(own.missing.length).toBeGreaterThan(0);
          expect(own.notAssessedReasons).toEqual(own.missing.map((m) => m.item));
          expect(unknown.overallIncomplete).toBe(true);
          expect(plainLow(unknown)).toBe(false);
          expect(domainLevelText(own)).not.toBe("Low");
        }),
        runs,
      );
    },
  );
});
