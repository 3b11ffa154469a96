import { describe, expect, it } from "vitest";
import { QUESTIONNAIRE_URL } from "@/lib/fhir/codes";
import { chartSignal } from "./kratom-signal";
import { kratomCondition, kratomStatement, searchset } from "./testing";

const qr = (status: string, frequency?: string) => ({
  resourceType: "QuestionnaireResponse",
  status,
  questionnaire: `${QUESTIONNAIRE_URL}|1.3.0`,
  item: [
    {
      linkId: "usePattern",
      item: frequency
        ? [
            {
              linkId: "usePattern.frequency",
              answer: [{ valueCoding: { system: "x", code: frequency } }],
            },
          ]
        : [],
    },
  ],
});

describe("kratom use recorded in the chart", () => {
  it("is a current medication statement or an active problem naming kratom or Mitragyna", () => {
    expect(chartSignal({ statements: searchset([kratomStatement("p")]) })?.sources).toEqual([
      "medication-statement",
    ]);
    expect(chartSignal({ conditions: searchset([kratomCondition("p")]) })?.sources).toEqual([
      "condition",
    ]);
    const mitragynine = {
      resourceType: "MedicationStatement",
      status: "active",
      medicationCodeableConcept: {
        coding: [{ system: "x", code: "1", display: "7-hydroxymitragynine" }],
      },
    };
    expect(chartSignal({ statements: mitragynine })?.sources).toEqual(["medication-statement"]);
  });

  it("is not past, refuted or erroneous entries, nor other substances", () => {
    expect(chartSignal({ statements: searchset([kratomStatement("p", "stopped")]) })).toBeNull();
    expect(chartSignal({ conditions: searchset([kratomCondition("p", "resolved")]) })).toBeNull();
    const refuted = {
      ...kratomCondition("p"),
      verificationStatus: { coding: [{ code: "refuted" }] },
    };
    expect(chartSignal({ conditions: refuted })).toBeNull();
    const other = { ...kratomStatement("p"), medicationCodeableConcept: { text: "Kava root" } };
    expect(chartSignal({ statements: other })).toBeNull();
    expect(chartSignal({})).toBeNull();
  });

  it("reads how often kratom is used from the app's own checklist in the record", () => {
    expect(chartSignal({ assessment: searchset([qr("completed", "daily")]) })).toEqual({
      sources: ["checklist-in-record"],
      frequency: "daily",
    });
    expect(chartSignal({ assessment: qr("in-progress", "daily") })).toBeNull();
    expect(chartSignal({ assessment: qr("completed", "hourly") })).toEqual({
      sources: ["checklist-in-record"],
    });
  });
});
