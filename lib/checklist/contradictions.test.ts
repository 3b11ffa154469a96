import { describe, expect, it } from "vitest";
import { type AnswersPatch, baseAnswers } from "@/lib/risk/fixtures";
import { contradictionsOf } from "./contradictions";
import { assessmentSchema, dependenceStepSchema, skinStepSchema } from "./schemas";

const input = (patch: AnswersPatch) => {
  const a = baseAnswers(patch);
  return { ...a, patient: { ...a.patient, patientReference: "MRN-1" } };
};
/** The messages the whole-assessment schema gives, by dotted path. */
const errors = (patch: AnswersPatch) =>
  Object.fromEntries(
    (assessmentSchema.safeParse(input(patch)).error?.issues ?? []).map((i) => [
      i.path.join("."),
      i.message,
    ]),
  );

describe("contradictory answers are refused at the field", () => {
  it("the DSM-5 withdrawal criterion beside “no symptoms when a dose is missed”", () => {
    const patch: AnswersPatch = {
      dependence: { criteria: ["withdrawal"], withdrawalWhenMissed: "no" },
    };
    expect(errors(patch)["dependence.criteria"]).toMatch(/withdrawal criterion.*No symptoms/);
    // The step schema alone (the form's Continue) says the same.
    const step = dependenceStepSchema.safeParse(baseAnswers(patch).dependence);
    expect(step.error?.issues.map((i) => i.path.join("."))).toEqual(["criteria"]);
    // With symptoms when a dose is missed it is consistent.
    expect(
      errors({
        dependence: {
          criteria: ["withdrawal"],
          withdrawalWhenMissed: "yes",
          withdrawalSymptoms: ["restlessness"],
        },
      }),
    ).toEqual({});
  });

  it("new darkening whose onset is “before kratom”", () => {
    const patch: AnswersPatch = {
      skin: { newDarkening: "yes", sites: ["face"], colour: "grey-blue", onset: "before-kratom" },
    };
    expect(errors(patch)["skin.onset"]).toMatch(/began before kratom.*check when it started/);
    expect(skinStepSchema.safeParse(baseAnswers(patch).skin).success).toBe(false);
    // Unknown onset is not a contradiction: it is unknown.
    expect(errors({ skin: { ...patch.skin, onset: "unknown" } })).toEqual({});
  });

  it("“tried and could not cut down” beside “never tried to stop”", () => {
    const patch: AnswersPatch = {
      dependence: { criteria: ["cannot-cut-down"], quitAttempts: "none" },
    };
    expect(errors(patch)["dependence.criteria"]).toMatch(/Never tried to stop/);
    expect(
      errors({ dependence: { criteria: ["cannot-cut-down"], quitAttempts: "unsuccessful" } }),
    ).toEqual({});
  });

  it("the tolerance criterion beside “does not need more for the same effect” (across steps)", () => {
    const patch: AnswersPatch = {
      usePattern: { needsMoreForEffect: "no" },
      dependence: { criteria: ["tolerance"] },
    };
    expect(errors(patch)["dependence.criteria"]).toMatch(/tolerance criterion/);
    expect(contradictionsOf(baseAnswers(patch))).toHaveLength(1);
    expect(contradictionsOf(baseAnswers(patch))[0].crossStep).toBe(true);
    // An unknown earlier answer is not read as "no".
    expect(errors({ ...patch, usePattern: { needsMoreForEffect: "unknown" } })).toEqual({});
  });

  it("finds nothing in consistent answers", () => {
    expect(contradictionsOf(baseAnswers())).toEqual([]);
  });
});
