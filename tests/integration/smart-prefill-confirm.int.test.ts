// Per-field confirmation of what a launch prefilled (docs/ehr-integration.md, "Confirming what
// came from the record"): the state lives in the launch's sealed prefill record, each answer is
// confirmed on its own or changed by the clinician, confirm-all covers every one, two quick
// confirmations do not lose one another, and only the launch's own clinician can confirm.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import type { DraftAnswers } from "@/lib/checklist/draft";
import { confirmPrefill, unconfirmedPrefill } from "@/lib/dal/ehr-launches";
import type { TestEhr } from "@/scripts/test-ehr/index.mjs";
import { SmartBrowser } from "./helpers/smart-browser";
import { draftIdOf, launchUrl, registeredTestEhr } from "./helpers/test-ehr";
import { makeUser } from "./helpers/users";
import { rawDb } from "./security-fixtures";

let ehr: TestEhr;
let clinician: SessionUser;

beforeAll(async () => {
  ({ ehr, clinician } = await registeredTestEhr());
});
afterAll(async () => ehr?.stop());

/** The answers as the launch prefilled them for pt-tramadol (55–64, female, two medicines). */
const asPrefilled = (changes: DraftAnswers = {}): DraftAnswers => ({
  patient: { ageBand: "55-64", sex: "female", ...changes.patient },
  medications: { medicationIds: ["tramadol", "duloxetine"], ...changes.medications },
});
const launch = async () => draftIdOf((await new SmartBrowser().follow(await launchUrl(ehr))).url);
const left = async (draftId: string, answers = asPrefilled()) =>
  (await unconfirmedPrefill(clinician, draftId, answers)).map((f) => f.key);

describe("confirming prefilled answers", () => {
  it("keeps each answer unconfirmed until confirmed or changed, and audits each confirmation", async () => {
    const draftId = await launch();
    expect(await left(draftId)).toEqual([
      "patient.ageBand",
      "patient.sex",
      "medicine:tramadol",
      "medicine:duloxetine",
    ]);
    expect(await confirmPrefill(clinician, draftId, ["patient.ageBand", "medicine:tramadol"])).toBe(
      true,
    );
    expect(await left(draftId)).toEqual(["patient.sex", "medicine:duloxetine"]);
    // Another sex and the duloxetine removed: the clinician's own answers now.
    const changed = asPrefilled({
      patient: { sex: "male" },
      medications: { medicationIds: ["tramadol"] },
    });
    expect(await left(draftId, changed)).toEqual([]);
    const row = await rawDb.ehrLaunch.findUniqueOrThrow({ where: { draftId } });
    expect(row.prefillCipher).not.toContain("medicine:"); // sealed, not in clear
    const audits = await rawDb.auditEvent.count({
      where: { action: "ehr.prefill-confirmed", targetId: row.id },
    });
    expect(audits).toBe(1);
  });

  it("records two confirmations sent at once", async () => {
    const draftId = await launch();
    await Promise.all([
      confirmPrefill(clinician, draftId, ["patient.sex"]),
      confirmPrefill(clinician, draftId, ["medicine:duloxetine"]),
      confirmPrefill(clinician, draftId, ["patient.ageBand"]),
    ]);
    expect(await left(draftId)).toEqual(["medicine:tramadol"]);
  });

  it("confirm-all covers every answer; another clinician cannot confirm", async () => {
    const draftId = await launch();
    const other = await makeUser("clinician");
    expect(await confirmPrefill(other, draftId)).toBe(false);
    expect(await unconfirmedPrefill(other, draftId, asPrefilled())).toEqual([]); // not theirs
    expect(await left(draftId)).toHaveLength(4);
    expect(await confirmPrefill(clinician, draftId)).toBe(true);
    expect(await left(draftId)).toEqual([]);
  });
});
