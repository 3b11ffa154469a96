import { describe, expect, it } from "vitest";
import { medicationById } from "@/lib/medications";
import { baseAnswers } from "@/lib/risk/fixtures";
import { draftMedicines } from "./draft-orders";
import { type Basis, highestSeverity, judgeOrders } from "./judge";
import { draftBundle } from "./testing";

const daily: Basis = {
  kind: "assessment",
  assessmentId: "00000000-0000-4000-8000-000000000001",
  submittedAt: new Date("2026-12-01T10:00:00Z"),
  answers: baseAnswers({ usePattern: { frequency: "daily", dosesPerDay: 3 } }),
};
const chartOnly: Basis = { kind: "chart", signal: { sources: ["medication-statement"] } };

const order = (text: string) => draftMedicines(draftBundle([{ id: "o1", text }], "p"), undefined);
const judged = (basis: Basis, text: string) => judgeOrders(basis, order(text));
const top = (basis: Basis, text: string) => {
  const [j] = judged(basis, text);
  return j ? highestSeverity(j.findings) : "none";
};

describe("judging a new order against a daily kratom user's checklist", () => {
  it.each([
    ["oxycodone 10 mg", "high"],
    ["alprazolam 0.5 mg", "high"],
    ["naltrexone 50 mg", "high"],
    ["clarithromycin 500 mg", "moderate"],
    ["sertraline 50 mg", "moderate"],
  ])("%s gives a %s finding naming it", (text, level) => {
    expect(top(daily, text)).toBe(level);
    const [j] = judged(daily, text);
    for (const f of j.findings)
      expect(f.finding.triggeredBy.some((t) => t.answer.startsWith(j.medication.generic))).toBe(
        true,
      );
  });

  it("names precipitated withdrawal for naltrexone with daily use", () => {
    const ids = judged(daily, "naltrexone").flatMap((j) => j.findings.map((f) => f.finding.id));
    expect(ids).toContain("interaction.precipitated-withdrawal");
  });

  it("says nothing about a medicine with no interaction class or an unknown one", () => {
    expect(judged(daily, "amoxicillin 500 mg")).toEqual([]);
    expect(judged(daily, "Frobnicator 20 mg")).toEqual([]);
  });

  it("counts what the patient already takes: a second serotonergic medicine is high", () => {
    const onSertraline: Basis = {
      ...daily,
      answers: baseAnswers({
        usePattern: { frequency: "daily" },
        medications: { medicationIds: ["sertraline"], noneTaken: undefined },
      }),
    };
    const [j] = judged(onSertraline, "tramadol 50 mg");
    expect(j.findings.map((f) => f.finding.id)).toContain("interaction.serotonergic-several");
    expect(highestSeverity(j.findings)).toBe("high");
  });

  it("counts medicines already in the chart", () => {
    const oxy = medicationById("oxycodone");
    if (!oxy) throw new Error("vocabulary");
    const [j] = judgeOrders(chartOnly, order("diazepam 5 mg"), [oxy]);
    expect(j.findings.map((f) => f.finding.id)).toContain("interaction.cns-depressant-combination");
  });
});

describe("judging from the chart alone (uses kratom, how often unknown)", () => {
  it("still warns about opioids, benzodiazepines and antagonists", () => {
    expect(top(chartOnly, "oxycodone")).toBe("high");
    expect(top(chartOnly, "alprazolam")).toBe("high");
    expect(top(chartOnly, "naltrexone")).toBe("high");
  });

  it("marks a finding that depends on the frequency with the frequencies it needs", () => {
    const [j] = judged(chartOnly, "naltrexone");
    const pw = j.findings.find((f) => f.finding.id === "interaction.precipitated-withdrawal");
    expect(pw?.onlyAt).toEqual(["4-6-days-week", "daily"]);
    // At the other frequencies the antagonist's own class finding (also high) stands instead.
    const own = j.findings.find((f) => f.finding.id === "interaction.opioid-antagonist");
    expect(own?.onlyAt).toEqual(["less-than-weekly", "1-3-days-week"]);
  });

  it("shows only medicine triggers: no answer the chart does not hold", () => {
    for (const text of ["naltrexone", "oxycodone", "sertraline"])
      for (const f of judged(chartOnly, text)[0].findings)
        expect(f.finding.triggeredBy.every((t) => t.path === "medications.medicationIds")).toBe(
          true,
        );
  });

  it("uses the frequency when the record holds the app's own checklist", () => {
    const known: Basis = {
      kind: "chart",
      signal: { sources: ["checklist-in-record"], frequency: "daily" },
    };
    const [j] = judged(known, "naltrexone");
    expect(j.findings.every((f) => !f.onlyAt)).toBe(true);
  });
});
