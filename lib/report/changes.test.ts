import { describe, expect, it } from "vitest";
import { assess } from "@/lib/risk";
import { baseAnswers } from "@/lib/risk/fixtures";
import { compareAssessments, medicineChangeText, sameDay } from "./changes";
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
  const row = (path: string) => changes.rows.find((r) => r.path === path);

  it("shows use pattern and DSM-5 answers before and after, marking what changed", () => {
    expect(row("usePattern.dosesPerDay")).toMatchObject({ before: "4", after: "1", changed: true });
    expect(row("usePattern.frequency")).toMatchObject({
      before: "Every day",
      after: "1 to 3 days a week",
      changed: true,
    });
    expect(row("dependence.criteriaAsked")?.changed).toBe(true);
    expect(row("dependence.criteriaAsked")?.before).toMatch(/^4 of 11/);
    expect(row("usePattern.productForms")?.changed).toBe(false);
    expect(changes.changedCount).toBe(3);
  });

  it("lists findings that are new and findings that resolved", () => {
    const resolved = changes.resolvedFindings.map((f) => f.id);
    expect(resolved).toContain("use.daily-multiple-doses");
    expect(changes.newFindings.map((f) => f.id)).not.toContain("use.daily-multiple-doses");
    expect(changes.previousAt.toISOString()).toBe("2026-10-01T09:00:00.000Z");
  });

  it("gives every changed answer a row and counts each once", () => {
    const later = baseAnswers({
      usePattern: { escalation: "yes" },
      dependence: {
        withdrawalWhenMissed: "yes",
        withdrawalSymptoms: ["restlessness"],
        lastDose: "under-8h",
      },
      otherHarms: { seizures: "yes", palpitationsOrFainting: "yes", pregnancy: "pregnant" },
    });
    const c = compareAssessments(side(baseAnswers(), "2026-10-01"), side(later, "2026-11-01"));
    const changed = c.rows.filter((r) => r.changed).map((r) => r.path);
    expect(changed).toEqual(
      expect.arrayContaining([
        "usePattern.escalation",
        "dependence.withdrawalWhenMissed",
        "dependence.withdrawalSymptoms",
        "dependence.lastDose",
        "otherHarms.seizures",
        "otherHarms.palpitationsOrFainting",
        "otherHarms.pregnancy",
      ]),
    );
    expect(c.changedCount).toBe(changed.length);
    // Unchanged answers are there to open, and marked unchanged.
    expect(c.rows.find((r) => r.path === "patient.ageBand")).toMatchObject({ changed: false });
    // The same answers twice: nothing changed.
    const same = compareAssessments(side(later, "2026-10-01"), side(later, "2026-11-01"));
    expect(same.changedCount).toBe(0);
    expect(medicineChangeText(same)).toBeNull();
  });

  it("names medicines started and stopped, and a medicine moved to free text", () => {
    const onTramadol = baseAnswers({
      medications: { medicationIds: ["tramadol", "duloxetine"], noneTaken: false },
    });
    const stopped = baseAnswers({
      medications: { medicationIds: ["duloxetine", "sertraline"], noneTaken: false },
    });
    const c = compareAssessments(side(onTramadol, "2026-10-01"), side(stopped, "2026-11-01"));
    expect(c.medicines).toMatchObject({ started: ["sertraline"], stopped: ["tramadol"] });
    expect(medicineChangeText(c)).toBe("tramadol stopped; sertraline started");
    expect(c.rows[0]).toMatchObject({ path: "medications.medicationIds", changed: true });

    const typed = baseAnswers({
      medications: {
        medicationIds: ["duloxetine"],
        otherMedicines: "tramadol 50 mg",
        noneTaken: false,
      },
    });
    const moved = compareAssessments(side(onTramadol, "2026-10-01"), side(typed, "2026-11-01"));
    expect(moved.changedCount).toBeGreaterThanOrEqual(2);
    expect(medicineChangeText(moved)).toBe("tramadol stopped; typed in: tramadol 50 mg");
  });

  it("reads resolved and new findings with the patient's medicine, as What matters does", () => {
    const withTramadol = baseAnswers({
      usePattern: { frequency: "daily" },
      medications: { medicationIds: ["tramadol"], noneTaken: false },
    });
    const c = compareAssessments(
      side(withTramadol, "2026-10-01"),
      side(baseAnswers({ usePattern: { frequency: "daily" } }), "2026-11-01"),
    );
    expect(c.resolvedFindings.some((f) => /^tramadol \+ daily kratom: /.test(f.line))).toBe(true);
    const back = compareAssessments(
      side(baseAnswers({ usePattern: { frequency: "daily" } }), "2026-10-01"),
      side(withTramadol, "2026-11-01"),
    );
    expect(back.newFindings.some((f) => /^tramadol \+ daily kratom: /.test(f.line))).toBe(true);
  });

  it("reads DSM-5 criteria that were not asked as not asked, never as none", () => {
    const notAsked = baseAnswers({ dependence: { criteriaAsked: "not-asked", criteria: [] } });
    const c = compareAssessments(side(notAsked, "2026-10-01"), side(before, "2026-11-01"));
    expect(c.rows.find((r) => r.path === "dependence.criteriaAsked")?.before).not.toMatch(
      /^0 of 11/,
    );
  });

  it("tells the same calendar day in the reader's time zone", () => {
    const a = new Date("2026-12-07T08:00:00Z");
    const b = new Date("2026-12-07T23:30:00Z");
    expect(sameDay(a, b, "UTC")).toBe(true);
    expect(sameDay(a, b, "Europe/Berlin")).toBe(false);
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
