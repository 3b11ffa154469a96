import { Client } from "pg";
import { describe, expect, it } from "vitest";
import { getAssessment, listAssessments, submitAssessment } from "@/lib/dal/assessments";
import { createDraft, getDraft, listOpenDrafts, saveDraft } from "@/lib/dal/drafts";
import { validInput } from "./helpers/answers";
import { makeUser } from "./helpers/users";

async function rawRows(sql: string, params: unknown[]) {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

describe("drafts", () => {
  it("saves and resumes a partial draft, encrypted at rest, for its owner only", async () => {
    const owner = await makeUser("clinician");
    const colleague = await makeUser("clinician");
    const id = await createDraft(owner);
    const saved = await saveDraft(
      owner,
      id,
      { patient: { patientReference: "NHS 943 476 5919", reasons: ["low-mood"] } },
      1,
    );
    expect(saved).toBe(true);
    expect((await getDraft(owner, id))?.answers.patient?.patientReference).toBe("NHS 943 476 5919");
    expect(await getDraft(colleague, id)).toBeNull();
    expect(await saveDraft(colleague, id, {}, 0)).toBe(false);
    expect((await listOpenDrafts(owner)).map((d) => d.id)).toContain(id);
    const [row] = await rawRows("select payload from draft where id = $1", [id]);
    expect(row.payload).not.toContain("943");
  });
});

describe("submitting an assessment", () => {
  it("stores the assessment and its findings in one go, with no patient reference in clear", async () => {
    const user = await makeUser("clinician");
    const draftId = await createDraft(user);
    const outcome = await submitAssessment(user, draftId, validInput("PATIENT-XYZ-123"));
    expect(outcome.status).toBe("stored");
    if (outcome.status === "no-draft") throw new Error("unreachable");
    const dto = await getAssessment(user, outcome.assessmentId);
    expect(dto?.patientReference).toBe("PATIENT-XYZ-123");
    expect(dto?.summary.findings.length).toBeGreaterThan(0);
    expect(dto?.summary.overall).toBe("high");
    const rows = await rawRows(
      "select row_to_json(a)::text as json from assessment a where id = $1",
      [outcome.assessmentId],
    );
    expect(rows[0].json).not.toContain("PATIENT-XYZ-123");
    const findings = await rawRows(
      'select count(*)::int as n from finding where "assessmentId" = $1',
      [outcome.assessmentId],
    );
    expect(findings[0].n).toBe(dto?.summary.findings.length);
    const classes = await rawRows(
      'select "classId" from assessment_medication_class where "assessmentId" = $1',
      [outcome.assessmentId],
    );
    expect(classes.map((c) => c.classId)).toEqual(
      expect.arrayContaining(["full-opioid-agonist", "gabapentinoid"]),
    );
  });

  it("stores one assessment when the same draft is submitted twice at once", async () => {
    const user = await makeUser("clinician");
    const draftId = await createDraft(user);
    const results = await Promise.all([
      submitAssessment(user, draftId, validInput()),
      submitAssessment(user, draftId, validInput()),
    ]);
    const ids = new Set(results.map((r) => (r.status === "no-draft" ? null : r.assessmentId)));
    expect(ids.size).toBe(1);
    const count = await rawRows('select count(*)::int as n from assessment where "draftId" = $1', [
      draftId,
    ]);
    expect(count[0].n).toBe(1);
  });

  it("refuses another clinician's draft and hides each clinician's assessments from the others", async () => {
    const a = await makeUser("clinician", "Shared clinic");
    const b = await makeUser("clinician", "Shared clinic");
    const draftId = await createDraft(a);
    expect((await submitAssessment(b, draftId, validInput())).status).toBe("no-draft");
    const outcome = await submitAssessment(a, draftId, validInput());
    if (outcome.status === "no-draft") throw new Error("unreachable");
    expect(await getAssessment(b, outcome.assessmentId)).toBeNull();
    expect(await listAssessments(b)).toEqual([]);
    expect((await listAssessments(a)).map((x) => x.id)).toEqual([outcome.assessmentId]);
  });

  it("counts earlier assessments of the same patient by the same clinician through the keyed hash", async () => {
    const user = await makeUser("clinician");
    const first = await submitAssessment(user, await createDraft(user), validInput("repeat-ref"));
    const second = await submitAssessment(
      user,
      await createDraft(user),
      validInput("  REPEAT-REF "),
    );
    if (first.status === "no-draft" || second.status === "no-draft") throw new Error("unreachable");
    expect((await getAssessment(user, second.assessmentId))?.earlierCount).toBe(1);
  });

  it("writes audit entries for create, submit and view, without health information", async () => {
    const user = await makeUser("clinician");
    const draftId = await createDraft(user);
    const outcome = await submitAssessment(user, draftId, validInput("AUDIT-REF"));
    if (outcome.status === "no-draft") throw new Error("unreachable");
    await getAssessment(user, outcome.assessmentId);
    const rows = await rawRows(
      'select action, row_to_json(e)::text as json from audit_event e where "actorId" = $1 order by id',
      [user.id],
    );
    expect(rows.map((r) => r.action)).toEqual([
      "draft.created",
      "assessment.submitted",
      "assessment.viewed",
    ]);
    for (const r of rows) expect(r.json).not.toContain("AUDIT-REF");
    await expect(
      rawRows('delete from audit_event where "actorId" = $1', [user.id]),
    ).rejects.toThrow(/append-only|permission denied/);
    await expect(
      rawRows("update audit_event set action = 'x' where \"actorId\" = $1", [user.id]),
    ).rejects.toThrow(/append-only|permission denied/);
  });
});
