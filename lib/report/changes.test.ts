import { describe, expect, it } from "vitest";
import { assess } from "@/lib/risk";
import { baseAnswers } from "@/lib/risk/fixtures";
import { compareAssessments } from "./changes";
import { groupByPatient } from "./patient-groups";

const side = (answers: ReturnType<typeof baseAnswers>, at: string) => {
  const summary = assess(answers);
  return { at: new Date(at), answers, overall: summary.overall, findings: summary.findings };
};

describe("what changed since the previous assessment", () => {
  const before = baseAnswers({
    usePattern: { frequency: "daily", dosesPerDay: 4 },
    dependence: {
      criteriaAsked: "asked",
      criteria: ["craving", "tolerance", "withdrawal", "time-spent"],
    },
  });
  const after = baseAnswers({
    usePattern: { frequency: "1-3-days-week", dosesPerDay: 1 },
    dependence: { criteriaAsked: "asked", criteria: ["craving"] },
  });
  const changes = compareAssessments(
    side(before, "2026-10-01T09:00:00Z"),
    side(after, "2026-12-01T09:00:00Z"),
  );
  const row = (label: string) => changes.rows.find((r) => r.label === label);

  it("shows use pattern and DSM-5 count and severity before and after, marking what changed", () => {
    expect(row("Doses on a day of use")).toEqual({
      label: "Doses on a day of use",
      before: "4",
      after: "1",
      changed: true,
    });
    expect(row("Frequency")).toMatchObject({
      before: "Every day",
      after: "1 to 3 days a week",
      changed: true,
    });
    expect(row("DSM-5 criteria")).toMatchObject({
      before: "4 of 11 (moderate)",
      after: "1 of 11 (none)",
      changed: true,
    });
    expect(row("Products")?.changed).toBe(false);
    expect(row("PEG-3 (pain, enjoyment, activity)")).toBeDefined();
    expect(row("Skin")).toBeDefined();
  });

  it("lists findings that are new and findings that resolved", () => {
    const resolved = changes.resolvedFindings.map((f) => f.id);
    expect(resolved).toContain("use.daily-multiple-doses");
    expect(changes.newFindings.map((f) => f.id)).not.toContain("use.daily-multiple-doses");
    expect(changes.previousAt.toISOString()).toBe("2026-10-01T09:00:00.000Z");
  });

  it("reads DSM-5 criteria that were not asked as 'not asked', never as none", () => {
    const notAsked = baseAnswers({ dependence: { criteriaAsked: "not-asked", criteria: [] } });
    const c = compareAssessments(side(notAsked, "2026-10-01"), side(before, "2026-11-01"));
    expect(c.rows.find((r) => r.label === "DSM-5 criteria")?.before).toBe("not asked");
  });
});

describe("my assessments grouped by patient", () => {
  const item = (id: string, key: number, level: string, dsm: number | null, at: string) => ({
    id,
    patientReference: `P${key}`,
    patientKey: key,
    submittedAt: new Date(at),
    overallLevel: level,
    dsmCount: dsm,
  });
  it("groups newest first and reads the trend oldest to newest", () => {
    const groups = groupByPatient([
      item("c", 0, "moderate", 2, "2026-12-01"),
      item("x", 1, "low", null, "2026-11-20"),
      item("b", 0, "high", 5, "2026-11-01"),
      item("a", 0, "high", null, "2026-10-01"),
    ]);
    expect(groups.map((g) => g.assessments.map((a) => a.id))).toEqual([["c", "b", "a"], ["x"]]);
    expect(groups[0]).toMatchObject({
      levelTrend: "High → High → Moderate",
      dsmTrend: "not asked → 5 → 2",
    });
    expect(groups[1]).toMatchObject({ levelTrend: "Low", dsmTrend: "not asked" });
  });
});
