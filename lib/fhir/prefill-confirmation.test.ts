import { describe, expect, it } from "vitest";
import type { DraftAnswers } from "@/lib/checklist/draft";
import type { PrefillRecord } from "./prefill-answers";
import {
  medicineKey,
  prefilledFields,
  unconfirmedFields,
  unconfirmedMessages,
  withConfirmed,
} from "./prefill-confirmation";

const record: Pick<PrefillRecord, "ageBand" | "sex" | "recognised" | "confirmed"> = {
  ageBand: "55-64",
  sex: "female",
  recognised: [
    { text: "tramadol 50 mg", medicationId: "tramadol", by: "rxnorm" as const },
    { text: "Ultram", medicationId: "tramadol", by: "name" as const },
    { text: "duloxetine", medicationId: "duloxetine", by: "rxnorm" as const },
  ],
};
const asPrefilled: DraftAnswers = {
  patient: { ageBand: "55-64", sex: "female" },
  medications: { medicationIds: ["tramadol", "duloxetine"] },
};
const keys = (fs: { key: string }[]) => fs.map((f) => f.key);

describe("prefilled answers and their confirmation", () => {
  it("lists each prefilled answer once: age band, sex, each recognised medicine", () => {
    expect(keys(prefilledFields(record))).toEqual([
      "patient.ageBand",
      "patient.sex",
      "medicine:tramadol",
      "medicine:duloxetine",
    ]);
    expect(prefilledFields({ recognised: [] })).toEqual([]);
  });

  it("keeps every answer unconfirmed while it is still the record's", () => {
    expect(keys(unconfirmedFields(record, asPrefilled))).toHaveLength(4);
  });

  it("confirms field by field", () => {
    const one = withConfirmed(record, ["patient.sex", medicineKey("tramadol")]);
    expect(keys(unconfirmedFields(one, asPrefilled))).toEqual([
      "patient.ageBand",
      "medicine:duloxetine",
    ]);
    const all = withConfirmed(one, ["patient.ageBand", medicineKey("duloxetine"), "medicine:x"]);
    expect(unconfirmedFields(all, asPrefilled)).toEqual([]);
    expect(all.confirmed).not.toContain("medicine:x"); // only keys that were prefilled
  });

  it("counts a changed answer (another band, a removed medicine) as the clinician's own", () => {
    const changed: DraftAnswers = {
      patient: { ageBand: "45-54", sex: "female" },
      medications: { medicationIds: ["duloxetine"] },
    };
    expect(keys(unconfirmedFields(record, changed))).toEqual([
      "patient.sex",
      "medicine:duloxetine",
    ]);
  });

  it("counts an answer set back to the record's value as unconfirmed again", () => {
    expect(keys(unconfirmedFields(record, { patient: { ageBand: "55-64" } }))).toEqual([
      "patient.ageBand",
    ]);
  });

  it("treats the step-level confirm-all as confirming everything", () => {
    expect(unconfirmedFields(record, asPrefilled, new Date())).toEqual([]);
  });

  it("says at each field what a refused submit still needs, naming the medicines", () => {
    const messages = unconfirmedMessages(unconfirmedFields(record, asPrefilled), (id) =>
      id.toUpperCase(),
    );
    expect(Object.keys(messages)).toEqual([
      "patient.ageBand",
      "patient.sex",
      "medications.medicationIds",
    ]);
    expect(messages["medications.medicationIds"][0]).toContain("TRAMADOL, DULOXETINE");
  });
});
