import fc from "fast-check";
import { Client } from "pg";
import { beforeEach, describe, expect, it } from "vitest";
import { asRequestFrom, requestState, runAction } from "./helpers/action-context";
import { validInput } from "./helpers/answers";
import { makeUser } from "./helpers/users";

const { submitAssessmentAction } = await import("@/lib/actions/submit-assessment");
const { startAssessmentAction, saveDraftAction } = await import("@/lib/actions/draft-actions");

const ORIGIN = "http://127.0.0.1:3100";

async function countAssessments(clinicianId: string): Promise<number> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (
      await client.query('select count(*)::int as n from assessment where "clinicianId" = $1', [
        clinicianId,
      ])
    ).rows[0].n;
  } finally {
    await client.end();
  }
}

async function newDraft(): Promise<string> {
  const outcome = await runAction(() => startAssessmentAction({}));
  if (!("redirect" in outcome)) throw new Error(`no redirect: ${JSON.stringify(outcome)}`);
  return outcome.redirect.split("/")[2];
}

describe("the action wrapper", () => {
  beforeEach(() => {
    requestState.user = null;
  });

  it("refuses a missing or foreign Origin, a missing session and the wrong role", async () => {
    const clinician = await makeUser("clinician");
    const admin = await makeUser("admin");
    asRequestFrom(null, clinician);
    expect(await submitAssessmentAction({})).toMatchObject({
      ok: false,
      formError: expect.stringContaining("did not come from"),
    });
    asRequestFrom("https://evil.example", clinician);
    expect(await submitAssessmentAction({})).toMatchObject({
      ok: false,
      formError: expect.stringContaining("did not come from"),
    });
    // Scheme, host and port are compared with the public URL; Host headers are not believed.
    for (const [origin, forwardedHost] of [
      ["https://127.0.0.1:3100", null],
      ["http://127.0.0.1:3101", null],
      ["http://evil.example", "evil.example"],
      ["http://evil.example:3100", "evil.example:3100"],
    ] as const) {
      asRequestFrom(origin, clinician);
      if (forwardedHost) {
        requestState.headers.set("x-forwarded-host", forwardedHost);
        requestState.headers.set("host", forwardedHost);
      }
      expect(await submitAssessmentAction({}), origin).toMatchObject({
        ok: false,
        formError: expect.stringContaining("did not come from"),
      });
    }
    asRequestFrom(ORIGIN, null);
    expect(await submitAssessmentAction({})).toMatchObject({
      ok: false,
      formError: expect.stringContaining("Sign in again"),
    });
    asRequestFrom(ORIGIN, admin);
    expect(await submitAssessmentAction({})).toMatchObject({
      ok: false,
      formError: "Your role does not allow this.",
    });
  });

  it("returns field errors for out-of-range answers and stores nothing", async () => {
    const clinician = await makeUser("clinician");
    asRequestFrom(ORIGIN, clinician);
    const draftId = await newDraft();
    const bad = validInput("X", {});
    const answers = {
      ...bad,
      usePattern: { ...bad.usePattern, dosesPerDay: 99 },
      patient: { ...bad.patient, patientReference: "x".repeat(500) },
    };
    const result = await submitAssessmentAction({ draftId, answers });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors?.["answers.usePattern.dosesPerDay"]?.[0]).toContain("from 1 to 30");
    expect(result.fieldErrors?.["answers.patient.patientReference"]?.[0]).toContain(
      "64 characters",
    );
    expect(await countAssessments(clinician.id)).toBe(0);
  });

  it("stores a valid assessment and returns its id (the client opens the summary)", async () => {
    const clinician = await makeUser("clinician");
    asRequestFrom(ORIGIN, clinician);
    const draftId = await newDraft();
    const outcome = await submitAssessmentAction({ draftId, answers: validInput() });
    expect(outcome).toMatchObject({
      ok: true,
      data: { assessmentId: expect.stringMatching(/^[0-9a-f-]{36}$/) },
    });
    expect(await countAssessments(clinician.id)).toBe(1);
  });

  it("answers any malformed payload with a 4xx-style result and never stores a row", async () => {
    const clinician = await makeUser("clinician");
    asRequestFrom(ORIGIN, clinician);
    const draftId = await newDraft();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.anything(),
          fc.record({ draftId: fc.constant(draftId), answers: fc.anything() }),
          fc.string({ maxLength: 5000 }),
        ),
        async (payload) => {
          const submit = await submitAssessmentAction(payload);
          const save = await saveDraftAction(payload);
          expect(submit.ok).toBe(false);
          expect(save.ok).toBe(false);
        },
      ),
      { numRuns: 60 },
    );
    expect(await countAssessments(clinician.id)).toBe(0);
  });
});
