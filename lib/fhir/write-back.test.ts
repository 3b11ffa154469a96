import { describe, expect, it } from "vitest";
import { assess } from "@/lib/risk";
import { baseAnswers } from "@/lib/risk/fixtures";
import { expectValidResponse, outcomeText, validateFhir } from "./testing";
import type { QuestionnaireResponse } from "./types";
import {
  ASSESSMENT_IDENTIFIER_SYSTEM,
  documentReferenceFor,
  ifNoneExist,
  NOTE_TYPE,
  questionnaireResponseFor,
} from "./write-back";

const assessment = {
  id: "3f2b8c1e-5d4a-4e6f-9b7c-0a1d2e3f4a5b",
  answers: baseAnswers(),
  submittedAt: new Date("2026-03-04T05:06:07.000Z"),
  summary: assess(baseAnswers()),
};
const ctx = {
  patientId: "pt-1",
  encounterId: "enc-1",
  author: "https://ehr.example/fhir/Practitioner/dr-1",
};

function expectValid(resource: object) {
  try {
    expect(validateFhir(resource).filter((i) => i.severity === "error")).toEqual([]);
  } catch (error) {
    expect.fail(outcomeText(error));
  }
}

describe("write-back resources", () => {
  it("the QuestionnaireResponse is the export linked to patient, encounter and author, keyed by the assessment", () => {
    const qr = questionnaireResponseFor(assessment, ctx);
    expectValidResponse(qr as unknown as QuestionnaireResponse);
    expect(qr).toMatchObject({
      identifier: { system: ASSESSMENT_IDENTIFIER_SYSTEM, value: assessment.id },
      subject: { reference: "Patient/pt-1" },
      encounter: { reference: "Encounter/enc-1" },
      author: { reference: "Practitioner/dr-1" },
    });
    expect(qr).not.toHaveProperty("id");
  });

  it("the DocumentReference carries the note as text/plain, typed with LOINC, valid R4", () => {
    const note = "Kratom risk checklist, 4 Mar 2026\nOverall level: high — ünïcode kept\n";
    const doc = documentReferenceFor(assessment, note, ctx);
    expectValid(doc);
    expect(doc.type.coding).toEqual([NOTE_TYPE]);
    expect(Buffer.from(doc.content[0].attachment.data, "base64").toString("utf8")).toBe(note);
    expect(doc.content[0].attachment.contentType).toBe("text/plain; charset=utf-8");
    expect(doc.context).toEqual({ encounter: [{ reference: "Encounter/enc-1" }] });
    expect(doc.author).toEqual([{ reference: "Practitioner/dr-1" }]);
  });

  it("without an encounter or a usable author, neither is invented", () => {
    const doc = documentReferenceFor(assessment, "note", { patientId: "pt-1", author: "Device/x" });
    expectValid(doc);
    expect(doc).not.toHaveProperty("context");
    expect(doc).not.toHaveProperty("author");
    expect(questionnaireResponseFor(assessment, { patientId: "pt-1" })).not.toHaveProperty(
      "encounter",
    );
  });

  it("the conditional-create query names the identifier, escaped", () => {
    expect(ifNoneExist("https://a.example/ns", "1 2")).toBe(
      "identifier=https%3A%2F%2Fa.example%2Fns%7C1%202",
    );
  });
});
