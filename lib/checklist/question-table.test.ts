import { describe, expect, it } from "vitest";
import { type AnswersPatch, baseAnswers } from "@/lib/risk/fixtures";
import { carriedCriteria, carriedState, withCarriedCriteria } from "./carry-over";
import { describeAnswers, describeStep } from "./describe";
import { applyGates, isShown } from "./gates";
import { normaliseAnswers, upgradeAnswers } from "./normalise";
import { allQuestions, questionAt, questionTable } from "./question-table";
import { questionText } from "./questions";
import { type AssessmentInput, stepSchemas } from "./schemas";
import { steps } from "./steps";

const input = (patch: AnswersPatch = {}): AssessmentInput => {
  const a = baseAnswers(patch);
  return { ...a, patient: { ...a.patient, patientReference: "MRN-1" } };
};
const name = (id: string) => id;

describe("question table", () => {
  it("has one entry per answer of every step schema, bar the patient reference", () => {
    const fields = steps.flatMap((s) =>
      Object.keys(stepSchemas[s.key].shape).map((k) => `${s.key}.${k}`),
    );
    const top = questionTable.map((q) => q.path);
    expect(new Set(top)).toEqual(new Set(fields.filter((f) => f !== "patient.patientReference")));
    expect(new Set(allQuestions.map((q) => q.path)).size).toBe(allQuestions.length);
  });

  it("words questionText from the table", () => {
    expect(questionText["skin.colour"]).toBe(questionAt("skin.colour").text);
    expect(Object.keys(questionText)).toHaveLength(allQuestions.length);
  });

  it("gates only on earlier questions, and each option list names its own values", () => {
    const order = allQuestions.map((q) => q.path);
    for (const q of allQuestions) {
      for (const c of q.gate ?? []) {
        const paths = "unanswered" in c ? c.unanswered : [c.path];
        for (const p of paths) expect(order.indexOf(p), q.path).toBeLessThan(order.indexOf(q.path));
      }
    }
  });
});

describe("gates", () => {
  it("show skin follow-ups only with new darkening, and pregnancy unless male", () => {
    const sites = questionAt("skin.sites");
    expect(isShown(sites, baseAnswers({ skin: { newDarkening: "yes" } }))).toBe(true);
    expect(isShown(sites, baseAnswers({ skin: { newDarkening: "unknown" } }))).toBe(false);
    const pregnancy = questionAt("otherHarms.pregnancy");
    expect(isShown(pregnancy, baseAnswers({ patient: { sex: "male" } }))).toBe(false);
    expect(isShown(pregnancy, baseAnswers({ patient: { sex: "not-stated" } }))).toBe(true);
    expect(isShown(pregnancy, {})).toBe(true);
  });

  it("clear what a closed gate hides: stale skin answers, declined PEG-3, pregnancy for a man", () => {
    const cleared = applyGates(
      input({
        skin: { newDarkening: "no", sites: ["face"], colour: "grey-blue", onset: "unknown" },
        patient: { sex: "male", pegDeclined: true },
        otherHarms: { pregnancy: "unknown" },
      }),
    );
    expect(cleared.skin).toMatchObject({ sites: [], colour: undefined, onset: undefined });
    expect(cleared.patient.peg).toBeUndefined();
    expect(cleared.otherHarms.pregnancy).toBe("not-applicable");
  });
});

describe("carried DSM-5 criteria", () => {
  const patch: AnswersPatch = {
    usePattern: { needsMoreForEffect: "yes" },
    dependence: {
      withdrawalWhenMissed: "yes",
      withdrawalSymptoms: ["restlessness"],
      quitAttempts: "unknown",
      criteria: ["craving"],
    },
  };

  it("are present exactly when the earlier answer says so; unknown stays not known", () => {
    const a = baseAnswers(patch);
    expect(carriedCriteria.map((c) => carriedState(c, a))).toEqual([
      "present",
      "present",
      "not-known",
    ]);
    expect(withCarriedCriteria(a, ["craving", "cannot-cut-down"]).sort()).toEqual(
      ["craving", "tolerance", "withdrawal"].sort(),
    );
  });

  it("are stored by normalise so the rules count them from `criteria`", () => {
    expect(normaliseAnswers(input(patch)).dependence.criteria.sort()).toEqual(
      ["craving", "tolerance", "withdrawal"].sort(),
    );
    // Criteria not asked: nothing is counted, carried or not.
    const notAsked = input({
      ...patch,
      dependence: { ...patch.dependence, criteriaAsked: "not-asked", criteria: [] },
    });
    expect(normaliseAnswers(notAsked).dependence.criteria).toEqual([]);
  });

  it("read as carried over on review", () => {
    const a = normaliseAnswers(input(patch));
    const line = describeStep("dependence", a.dependence, name).find(
      (l) => l.path === "dependence.criteriaAsked",
    );
    expect(line?.answer).toMatch(/^3 of 11: Craving.*Tolerance.*\(carried over from step 2\)/);
    expect(line?.answer).toContain(
      "Withdrawal when stopping or cutting down (carried over from step 4)",
    );
  });
});

describe("describe", () => {
  it("reads PEG-3 declined as not asked, never as a score", () => {
    const lines = describeStep(
      "patient",
      { ...baseAnswers().patient, peg: undefined, pegDeclined: true },
      name,
    );
    expect(lines.find((l) => l.question.startsWith("PEG-3"))?.answer).toBe("Not asked or declined");
    expect(lines.map((l) => l.question)).not.toContain("PEG-3 not asked or declined");
  });

  it("leaves out closed gates, reading other steps when given the whole assessment", () => {
    const a = baseAnswers({
      patient: { sex: "male" },
      otherHarms: { pregnancy: "not-applicable" },
    });
    const whole = describeAnswers(a, name);
    expect(whole.map((s) => s.step)).toEqual(steps.map((s) => s.key));
    const harms = whole.find((s) => s.step === "otherHarms")?.lines ?? [];
    expect(harms.map((l) => l.path)).not.toContain("otherHarms.pregnancy");
    expect(describeStep("skin", a.skin, name).map((l) => l.question)).not.toContain("Sites");
  });
});

describe("old drafts", () => {
  it("move a craving withdrawal symptom to the DSM-5 craving criterion", () => {
    const old = {
      dependence: {
        criteriaAsked: "asked",
        criteria: ["tolerance"],
        withdrawalSymptoms: ["craving", "insomnia"],
      },
    };
    expect(upgradeAnswers(old).dependence).toMatchObject({
      criteria: ["tolerance", "craving"],
      withdrawalSymptoms: ["insomnia"],
    });
    const current = { dependence: { withdrawalSymptoms: ["insomnia"] } };
    expect(upgradeAnswers(current)).toBe(current);
  });
});
