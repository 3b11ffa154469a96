// Key handling: the rotation script's sealing format agrees with the app's (both use
// lib/security/crypto-format.ts; this guards against either growing its own copy), and a rotation
// re-encrypts stored rows under the new key (and re-hashes references) without losing any.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { referenceHash, rotate, seal, unseal } from "@/scripts/rotate-keys";
import { validInput } from "./helpers/answers";
import { makeUser } from "./helpers/users";
import { rawDb } from "./security-fixtures";

const { env } = await import("@/lib/env");
const crypto = await import("@/lib/security/patient-reference");
const { createDraft, getDraft, saveDraft } = await import("@/lib/dal/drafts");
const { submitAssessment, getAssessment } = await import("@/lib/dal/assessments");

describe("key handling", () => {
  it("the rotation script reads and writes exactly the app's format", () => {
    const keys = env().ENCRYPTION_KEYS;
    const hmac = Buffer.from(env().PATIENT_REF_HMAC_KEY, "base64");
    expect(unseal(crypto.encryptText("MRN 42 ü"), keys)).toBe("MRN 42 ü");
    expect(crypto.decryptText(seal("MRN 42 ü", keys[0]))).toBe("MRN 42 ü");
    expect(referenceHash("  mrn   42 ", "u1", hmac)).toBe(
      crypto.hashPatientReference("MRN 42", "u1"),
    );
    expect(() => unseal(seal("x", { id: "zz", key: randomBytes(32) }), keys)).toThrow(/key id/);
  });

  it("re-encrypts under a new key first in the list, re-hashes on request, loses nothing", async () => {
    const clinician = await makeUser("clinician");
    const [old] = env().ENCRYPTION_KEYS;
    const fresh = { id: "knew", key: randomBytes(32) };
    const newHmac = randomBytes(32);
    const submittedDraft = await createDraft(clinician);
    const stored = await submitAssessment(clinician, submittedDraft, validInput("ROT-REF 1"));
    if (stored.status === "no-draft") throw new Error("no draft");
    const openDraft = await createDraft(clinician);
    await saveDraft(clinician, openDraft, { patient: { patientReference: "ROT-REF 2" } }, 1);
    const before = await getAssessment(clinician, stored.assessmentId);

    const options = { keys: [fresh, old], hmacKey: newHmac, clinicianIds: [clinician.id] };
    expect(await rotate(rawDb, { ...options, rehash: true, dryRun: true })).toEqual({
      assessments: 1,
      drafts: 2,
      findings: before?.summary.findings.length,
      rehashed: 1,
    });
    expect(await rotate(rawDb, { ...options, rehash: true, dryRun: false })).toEqual({
      assessments: 1,
      drafts: 2,
      findings: before?.summary.findings.length,
      rehashed: 1,
    });
    // Nothing left to do on a second run.
    expect(await rotate(rawDb, { ...options, rehash: true, dryRun: true })).toEqual({
      assessments: 0,
      drafts: 0,
      findings: 0,
      rehashed: 0,
    });

    const row = await rawDb.assessment.findUniqueOrThrow({ where: { id: stored.assessmentId } });
    expect(row.patientRefCipher.startsWith("knew.")).toBe(true);
    expect(row.answersCipher.startsWith("knew.")).toBe(true);
    expect(unseal(row.patientRefCipher, [fresh])).toBe("ROT-REF 1");
    expect(JSON.parse(unseal(row.answersCipher, [fresh]))).toEqual(before?.answers);
    expect(row.patientRefHash).toBe(referenceHash("ROT-REF 1", clinician.id, newHmac));
    const draft = await rawDb.draft.findUniqueOrThrow({ where: { id: openDraft } });
    expect(JSON.parse(unseal(draft.payload, [fresh])).patient.patientReference).toBe("ROT-REF 2");
    // The app, which does not know the new key yet, refuses instead of showing garbage.
    await expect(getDraft(clinician, openDraft)).rejects.toThrow(/key id/);

    // Rotating back (the old key first again) restores what the app can read.
    const hmac = Buffer.from(env().PATIENT_REF_HMAC_KEY, "base64");
    await rotate(rawDb, {
      ...options,
      keys: [old, fresh],
      hmacKey: hmac,
      rehash: true,
      dryRun: false,
    });
    expect((await getDraft(clinician, openDraft))?.answers.patient?.patientReference).toBe(
      "ROT-REF 2",
    );
    expect(await getAssessment(clinician, stored.assessmentId)).toMatchObject({
      patientReference: "ROT-REF 1",
      earlierCount: 0,
    });
  });
});
