import { describe, expect, it } from "vitest";
import { dsmCriteria } from "@/lib/checklist/options";
import type { AssessmentAnswers } from "@/lib/checklist/schemas";
import { baseAnswers as b } from "../fixtures";
import { fire } from "../rule";
import { checkRuleCases, type RuleCase } from "../testing";
import { dependenceRules } from "./dependence";

type Criterion = AssessmentAnswers["dependence"]["criteria"][number];
const criteria = (n: number) =>
  b({ dependence: { criteria: dsmCriteria.slice(0, n).map((c) => c.value as Criterion) } });

// Every count from 0 to 11 against every band: exactly one band fires from 2 upwards.
const bands: [string, number, number][] = [
  ["dependence.dsm5-mild", 2, 3],
  ["dependence.dsm5-moderate", 4, 5],
  ["dependence.dsm5-severe", 6, 11],
];
const bandCases: RuleCase[] = bands.flatMap(([id, min, max]) =>
  Array.from({ length: 12 }, (_, n) => ({
    id,
    name: `${n} criteria`,
    answers: criteria(n),
    fires: n >= min && n <= max,
    shows: n >= min && n <= max ? [`${n} of 11`] : undefined,
  })),
);

const cases: RuleCase[] = [
  ...bandCases,
  {
    id: "dependence.dsm5-mild",
    name: "criteria not asked",
    answers: b({ dependence: { criteriaAsked: "not-asked" } }),
    fires: false,
  },
  {
    id: "dependence.withdrawal-when-missed",
    name: "yes, with symptoms",
    answers: b({
      dependence: { withdrawalWhenMissed: "yes", withdrawalSymptoms: ["muscle-aches", "insomnia"] },
    }),
    fires: true,
    shows: [
      "Yes, symptoms when a dose is missed or delayed",
      "Muscle aches or spasms",
      "Difficulty sleeping",
    ],
  },
  {
    id: "dependence.withdrawal-when-missed",
    name: "never missed",
    answers: b({ dependence: { withdrawalWhenMissed: "never-missed" } }),
    fires: false,
  },
  {
    id: "dependence.withdrawal-when-missed",
    name: "unknown",
    answers: b({ dependence: { withdrawalWhenMissed: "unknown" } }),
    fires: false,
  },
  {
    id: "dependence.unsuccessful-quit",
    name: "unsuccessful",
    answers: b({ dependence: { quitAttempts: "unsuccessful" } }),
    fires: true,
    shows: ["Tried to stop and could not, or relapsed"],
  },
  {
    id: "dependence.unsuccessful-quit",
    name: "stopped before",
    answers: b({ dependence: { quitAttempts: "stopped-successfully" } }),
    fires: false,
  },
];

checkRuleCases("dependence rules", dependenceRules, cases);

describe("time since last dose", () => {
  const withdrawal = (lastDose: AssessmentAnswers["dependence"]["lastDose"]) =>
    b({
      dependence: { withdrawalWhenMissed: "yes", withdrawalSymptoms: ["restlessness"], lastDose },
    });
  const rule = dependenceRules.find((r) => r.id === "dependence.withdrawal-when-missed")!;

  it.each(["under-8h", "8-24h", "1-3-days", "over-3-days"] as const)(
    "%s is a consideration, never a change of severity",
    (lastDose) => {
      const finding = fire(rule, withdrawal(lastDose))!;
      expect(finding.severity).toBe(rule.severity);
      expect(finding.considerations.some((c) => c.includes("time since the last dose"))).toBe(true);
      expect(finding.triggeredBy.map((t) => t.path)).not.toContain("dependence.lastDose");
    },
  );

  it("adds nothing when unknown", () => {
    expect(fire(rule, withdrawal("unknown"))!.considerations).toEqual(rule.considerations);
  });
});
