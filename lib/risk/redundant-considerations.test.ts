/**
 * Issue 17 §5: considerations never ask for what was answered. The test walks every
 * consideration any rule can give (static, class and run-time ones, over many generated answer
 * sets and the fixtures) against the answers that would make it redundant. Its table of topics
 * is written here, apart from lib/risk/answered.ts, so a new text that asks again is caught even
 * when the filter does not know its wording.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AssessmentAnswers } from "@/lib/checklist/schemas";
import { interactionClasses, medications } from "@/lib/medications";
import { answersArb } from "./arbitraries";
import { assess } from "./assess";
import { baseAnswers, withMedicines } from "./fixtures";

interface Redundant {
  topic: string;
  /** Words of a consideration that asks about the topic again. */
  asks: RegExp;
  answered: (a: AssessmentAnswers) => boolean;
}

const answered = (v: unknown) => v !== undefined && v !== "unknown";
const ASK = String.raw`\b(ask|asking|check|checking|confirm|confirming)\b[^.]*`;
const asking = (words: string) => new RegExp(`${ASK}\\b(${words})`, "i");

const redundant: Redundant[] = [
  {
    topic: "liver symptoms",
    asks: asking("jaundice|liver symptoms|yellow skin|dark urine|pale stools"),
    answered: (a) => !a.otherHarms.liverSymptoms.includes("unknown"),
  },
  {
    topic: "other substances",
    asks: asking("other substances|stimulants|cannabis|non-prescribed"),
    answered: (a) => !a.usePattern.coUsed.includes("unknown"),
  },
  {
    topic: "seizures",
    asks: asking("any seizure"),
    answered: (a) => answered(a.otherHarms.seizures),
  },
  {
    topic: "palpitations or fainting",
    asks: asking("palpitations|fainting"),
    answered: (a) => answered(a.otherHarms.palpitationsOrFainting),
  },
  {
    topic: "pregnancy",
    asks: asking("is or may be pregnant"),
    answered: (a) => answered(a.otherHarms.pregnancy),
  },
  {
    topic: "onset of the darkening",
    asks: asking("when the darkening started"),
    answered: (a) => answered(a.skin.onset),
  },
  {
    topic: "other causes of pigmentation",
    asks: asking("minocycline, amiodarone"),
    answered: (a) => !a.skin.otherCauses.includes("unknown"),
  },
  {
    topic: "DSM-5 criteria",
    asks: /DSM-5 criteria, which were not asked/i,
    answered: (a) => a.dependence.criteriaAsked === "asked",
  },
  {
    topic: "withdrawal when doses are missed",
    asks: asking("symptoms when doses are missed"),
    answered: (a) => answered(a.dependence.withdrawalWhenMissed),
  },
  {
    topic: "frequency and amount of kratom",
    // The checklist always has them: only re-checking at a later moment is a consideration.
    asks: /\basking about kratom (amount|use)\b/i,
    answered: () => true,
  },
];

/** Forward-looking considerations ("after a change", "since this assessment") ask something new. */
const LATER =
  /\b(after (a|the) (change|new|first|inhibitor|inducer)|since this assessment|at later visits)\b/i;

function repeats(a: AssessmentAnswers): string[] {
  const out: string[] = [];
  for (const f of assess(a).findings) {
    for (const c of f.considerations) {
      if (LATER.test(c)) continue;
      for (const r of redundant)
        if (r.asks.test(c) && r.answered(a)) out.push(`${f.id}: “${c}” (${r.topic} answered)`);
    }
  }
  return out;
}

describe("considerations never ask for what was answered (issue 17 §5)", () => {
  it("catches the texts the walk found (the table is not empty words)", () => {
    const walk = [
      "May warrant asking about jaundice, dark urine, itching and abdominal discomfort.",
      "Consider asking about stimulants and other substances taken.",
      "May warrant asking about any seizure, fainting or jerking episodes since kratom use began.",
    ];
    for (const text of walk)
      expect(
        redundant.some((r) => r.asks.test(text)),
        text,
      ).toBe(true);
  });

  it("holds for a medicine of every class, every screening question answered", () => {
    for (const c of interactionClasses) {
      const med = medications.find((m) => m.classes.includes(c.id));
      if (!med) continue;
      expect(repeats(withMedicines([med.id])), c.id).toEqual([]);
    }
  });

  it("holds over generated answers (every rule, class and run-time consideration)", () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        expect(repeats(a)).toEqual([]);
      }),
      { numRuns: 600, seed: 17 },
    );
  }, 30_000);

  it("still asks while the question is unanswered", () => {
    const unknownLiver = withMedicines(["acetaminophen"], {
      otherHarms: { liverSymptoms: ["unknown"] },
    });
    const none = withMedicines(["acetaminophen"], { otherHarms: { liverSymptoms: ["none"] } });
    const considerations = (a: AssessmentAnswers) =>
      assess(a).findings.flatMap((f) => f.considerations);
    expect(considerations(unknownLiver).join(" ")).toMatch(/asking about jaundice/);
    expect(considerations(none).join(" ")).not.toMatch(/jaundice/);
    const seizure = baseAnswers({
      otherHarms: { seizures: "yes" },
      usePattern: { coUsed: ["alcohol"] },
    });
    expect(considerations(seizure).join(" ")).not.toMatch(/other substances/);
  });
});
