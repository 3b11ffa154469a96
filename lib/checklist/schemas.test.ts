import { describe, expect, it } from "vitest";
import { baseAnswers } from "@/lib/risk/fixtures";
import { completedSteps, firstIncompleteStep } from "./check-answers";
import {
  assessmentSchema,
  dependenceStepSchema,
  medicationsStepSchema,
  patientStepSchema,
  skinStepSchema,
  usePatternStepSchema,
} from "./schemas";
import { steps } from "./steps";

const patient = { patientReference: "MRN-1", ageBand: "45-54", sex: "female", reasons: ["energy"] };
const messages = (r: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("step schemas", () => {
  it("accept a complete assessment and reject an empty one with a message per field", () => {
    expect(
      assessmentSchema.safeParse({
        ...baseAnswers(),
        patient: { ...baseAnswers().patient, patientReference: "X" },
      }).success,
    ).toBe(true);
    const empty = messages(patientStepSchema.safeParse({}));
    expect(empty).toMatchObject({
      patientReference: "Enter the patient reference.",
      ageBand: "Choose an age band.",
      sex: "Choose the patient's sex.",
    });
  });

  it.each([
    ["reference too long", { ...patient, patientReference: "x".repeat(65) }, "patientReference"],
    ["reference only spaces", { ...patient, patientReference: "   " }, "patientReference"],
    ["unknown age band", { ...patient, ageBand: "100+" }, "ageBand"],
    ["no reason", { ...patient, reasons: [] }, "reasons"],
    ["pain without PEG", { ...patient, reasons: ["joint-pain"] }, "peg.pain"],
    [
      "PEG out of range",
      { ...patient, reasons: ["joint-pain"], peg: { pain: 11, enjoyment: 0, activity: 0 } },
      "peg.pain",
    ],
    [
      "PEG not whole",
      { ...patient, reasons: ["joint-pain"], peg: { pain: 2.5, enjoyment: 0, activity: 0 } },
      "peg.pain",
    ],
  ])("patient step rejects %s", (_name, value, path) => {
    expect(Object.keys(messages(patientStepSchema.safeParse(value)))).toContain(path);
  });

  it("reports a missing PEG together with other errors, not in a second round", () => {
    const result = messages(patientStepSchema.safeParse({ reasons: ["joint-pain"] }));
    expect(Object.keys(result)).toEqual(expect.arrayContaining(["patientReference", "peg.pain"]));
  });

  it("bounds doses per day and refuses 'None' with another substance", () => {
    const base = baseAnswers().usePattern;
    expect(
      messages(usePatternStepSchema.safeParse({ ...base, dosesPerDay: 31 })).dosesPerDay,
    ).toContain("1 to 30");
    expect(
      messages(usePatternStepSchema.safeParse({ ...base, dosesPerDay: 0 })).dosesPerDay,
    ).toContain("1 to 30");
    expect(
      messages(usePatternStepSchema.safeParse({ ...base, coUsed: ["none", "alcohol"] })).coUsed,
    ).toContain("cannot be combined");
  });

  it("needs medicines or an explicit 'takes none', and only vocabulary ids", () => {
    expect(
      messages(medicationsStepSchema.safeParse({ medicationIds: [] })).medicationIds,
    ).toContain("confirm");
    expect(medicationsStepSchema.safeParse({ medicationIds: [], noneTaken: true }).success).toBe(
      true,
    );
    expect(
      medicationsStepSchema.safeParse({ medicationIds: [], otherMedicines: "herbal tea" }).success,
    ).toBe(true);
    expect(
      messages(medicationsStepSchema.safeParse({ medicationIds: ["not-a-medicine"] }))
        .medicationIds,
    ).toContain("not in the vocabulary");
    expect(
      messages(medicationsStepSchema.safeParse({ medicationIds: ["sertraline", "sertraline"] }))
        .medicationIds,
    ).toContain("twice");
    expect(
      messages(medicationsStepSchema.safeParse({ medicationIds: ["sertraline"], noneTaken: true }))
        .noneTaken,
    ).toBeDefined();
    expect(medicationsStepSchema.safeParse({ medicationIds: Array(61).fill("x") }).success).toBe(
      false,
    );
  });

  it("asks for withdrawal symptoms when doses missed bring symptoms", () => {
    const base = baseAnswers().dependence;
    expect(
      messages(
        dependenceStepSchema.safeParse({
          ...base,
          withdrawalWhenMissed: "yes",
          withdrawalSymptoms: [],
        }),
      ).withdrawalSymptoms,
    ).toBeDefined();
    expect(
      messages(
        dependenceStepSchema.safeParse({
          ...base,
          criteriaAsked: "not-asked",
          criteria: ["craving"],
        }),
      ).criteriaAsked,
    ).toBeDefined();
  });

  it.each([
    ["dependence", dependenceStepSchema, "criteria", "larger-or-longer", "criterion"],
    ["dependence", dependenceStepSchema, "withdrawalSymptoms", "restlessness", "symptom"],
    ["skin", skinStepSchema, "sites", "face", "site"],
  ] as const)("%s step refuses the same %s ticked twice", (step, schema, field, value, each) => {
    const answers = { ...baseAnswers()[step], [field]: [value, value] };
    expect(messages(schema.safeParse(answers))[field]).toBe(`Each ${each} can be ticked once.`);
  });

  it("asks for sites, colour and onset only when there is new darkening", () => {
    const base = { newDarkening: "no", sites: [], fitzpatrick: "II", otherCauses: ["none"] };
    expect(skinStepSchema.safeParse(base).success).toBe(true);
    const errors = messages(
      skinStepSchema.safeParse({ ...base, newDarkening: "yes", fitzpatrick: undefined }),
    );
    expect(Object.keys(errors)).toEqual(
      expect.arrayContaining(["sites", "colour", "onset", "fitzpatrick"]),
    );
  });
});

describe("step list", () => {
  it("derives completion and the step to resume at", () => {
    expect(firstIncompleteStep({})?.key).toBe("patient");
    const answers = {
      ...baseAnswers(),
      patient: { ...baseAnswers().patient, patientReference: "X" },
    };
    expect(completedSteps(answers).size).toBe(steps.length);
    expect(firstIncompleteStep({ ...answers, skin: {} })?.key).toBe("skin");
  });
});
