// Write-back to the test EHR after a launched assessment is submitted: the QuestionnaireResponse
// and the note's DocumentReference, linked to patient and encounter, idempotent on retry; a
// failed write (expired token, signed out) is recorded with a message and can be retried.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { submitAssessment } from "@/lib/dal/assessments";
import { createDraft } from "@/lib/dal/drafts";
import { forgetEhrSessions } from "@/lib/dal/ehr-launches";
import { writeBack, writeBackAfterSubmit } from "@/lib/smart/write-back";
import type { TestEhr } from "@/scripts/test-ehr/index.mjs";
import { validInput } from "./helpers/answers";
import { SmartBrowser } from "./helpers/smart-browser";
import { draftIdOf, launchUrl, registeredTestEhr } from "./helpers/test-ehr";
import { rawDb } from "./security-fixtures";

let ehr: TestEhr;
let clinician: SessionUser;

beforeAll(async () => {
  ({ ehr, clinician } = await registeredTestEhr("on-submit"));
});
afterAll(async () => ehr?.stop());

/** Launches for `patient`, submits a valid assessment from the draft, returns its id. */
async function launchAndSubmit(patient = "pt-tramadol") {
  const draftId = draftIdOf((await new SmartBrowser().follow(await launchUrl(ehr, patient))).url);
  const outcome = await submitAssessment(clinician, draftId, validInput("EHR-REF"));
  if (outcome.status === "no-draft") throw new Error("no draft");
  return { draftId, assessmentId: outcome.assessmentId };
}

async function search(type: string, query: string) {
  const bundle = await ehr.repo.search({
    resourceType: type as "DocumentReference",
    filters: [{ code: "identifier", operator: "eq" as never, value: query }],
  });
  return (bundle.entry ?? []).map((e) => e.resource as unknown as Record<string, unknown>);
}

describe("write-back on submit", () => {
  it("writes the QuestionnaireResponse and the note to the launch patient and encounter, once", async () => {
    const { draftId, assessmentId } = await launchAndSubmit();
    await writeBackAfterSubmit(clinician, assessmentId);
    const launch = await rawDb.ehrLaunch.findUniqueOrThrow({ where: { draftId } });
    expect(launch.writeStatus).toBe("written");
    const written = (launch.writeResult as { written: { resourceType: string; id: string }[] })
      .written;
    expect(written.map((w) => w.resourceType)).toEqual([
      "QuestionnaireResponse",
      "DocumentReference",
    ]);

    const doc = (await ehr.repo.readResource(
      "DocumentReference",
      written[1].id,
    )) as unknown as Record<string, never>;
    expect(doc).toMatchObject({
      subject: { reference: "Patient/pt-tramadol" },
      context: { encounter: [{ reference: "Encounter/enc-pt-tramadol" }] },
    });
    const note = Buffer.from(
      (doc.content as { attachment: { data: string } }[])[0].attachment.data,
      "base64",
    ).toString();
    expect(note).toMatch(/^Kratom risk checklist/);
    const qr = (await ehr.repo.readResource(
      "QuestionnaireResponse",
      written[0].id,
    )) as unknown as Record<string, unknown>;
    expect(qr).toMatchObject({
      status: "completed",
      subject: { reference: "Patient/pt-tramadol" },
    });

    // A retry (the click after a lost answer) finds the same two resources: no second copy.
    const again = await writeBack(clinician, assessmentId);
    expect(again?.written).toEqual(written);
    expect(
      await search(
        "DocumentReference",
        `https://kratom-checklist.example/fhir/NamingSystem/assessment-note|${assessmentId}`,
      ),
    ).toHaveLength(1);
  });

  /** Launches with access tokens that live one second, submits, and waits for them to expire. */
  async function expiredLaunch(patient: string) {
    ehr.ttl.access = 1;
    try {
      return await launchAndSubmit(patient);
    } finally {
      ehr.ttl.access = 3600;
      await new Promise((r) => setTimeout(r, 1500));
    }
  }

  it("an expired access token is refreshed with the refresh token, and the write goes through", async () => {
    const { draftId, assessmentId } = await expiredLaunch("pt-benzo-opioid");
    const before = (await rawDb.ehrLaunch.findUniqueOrThrow({ where: { draftId } })).sessionCipher;
    const result = await writeBack(clinician, assessmentId);
    expect(result?.error, result?.error).toBeUndefined();
    expect(result?.written).toHaveLength(2);
    expect(
      (await rawDb.ehrLaunch.findUniqueOrThrow({ where: { draftId } })).sessionCipher,
    ).not.toBe(before);
  });

  it("an expired token with no refresh token fails with a clear message, stored for a retry", async () => {
    ehr.withheld.add("offline_access");
    let ids: { draftId: string; assessmentId: string };
    try {
      ids = await expiredLaunch("pt-benzo-opioid");
    } finally {
      ehr.withheld.delete("offline_access");
    }
    const failed = await writeBack(clinician, ids.assessmentId);
    expect(failed?.error).toBe("Not written: the EHR session has ended (401).");
    const launch = await rawDb.ehrLaunch.findUniqueOrThrow({ where: { draftId: ids.draftId } });
    expect(launch.writeStatus).toBe("failed");
    expect(launch.writeResult).toMatchObject({ error: failed?.error, written: [] });
  });

  it("after sign-out the tokens are forgotten and a write says to launch again", async () => {
    const { draftId, assessmentId } = await launchAndSubmit("pt-unknown-brand");
    await forgetEhrSessions(clinician.id);
    const launch = await rawDb.ehrLaunch.findUniqueOrThrow({ where: { draftId } });
    expect(launch.sessionCipher).toBeNull();
    expect((await writeBack(clinician, assessmentId))?.error).toMatch(/signed out/);
  });

  it("nothing is written for an assessment made by hand, or for another clinician", async () => {
    const { assessmentId } = await launchAndSubmit();
    const other = { ...clinician, id: "someone-else" };
    expect(await writeBack(other, assessmentId)).toBeNull();
    const byHand = await submitAssessment(
      clinician,
      await createDraft(clinician),
      validInput("MRN-HAND"),
    );
    if (byHand.status === "no-draft") throw new Error("no draft");
    expect(await writeBack(clinician, byHand.assessmentId)).toBeNull();
  });
});
