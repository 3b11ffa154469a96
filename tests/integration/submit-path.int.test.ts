// The submit path's scaling and race properties (issue 12, issue 11 §7, issue 10 §5): the
// autosave's plan never touches `assessment`, an autosave racing a submit never writes answers
// into the submitted draft, the rate limit is exact under concurrency, and stored findings carry
// no answer text in clear.
import { Prisma } from "@prisma/client";
import { Client } from "pg";
import { describe, expect, it } from "vitest";
import { validInput } from "./helpers/answers";
import { makeUser } from "./helpers/users";

const { db } = await import("@/lib/db");
const { createDraft, getDraft, saveDraft, saveDraftStatement } = await import("@/lib/dal/drafts");
const { submitAssessment, getAssessment } = await import("@/lib/dal/assessments");
const { consume } = await import("@/lib/actions/rate-limit");
const { decryptJson } = await import("@/lib/security/patient-reference");

async function withClient<T>(work: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describe("autosave cost does not grow with stored assessments", () => {
  it("the save's query plan reads the draft row by key and never scans assessment", async () => {
    const user = await makeUser("clinician");
    // Some stored assessments, so a plan that used them would show it.
    for (let i = 0; i < 3; i++)
      await submitAssessment(user, await createDraft(user), validInput(`PLAN-${i}`));
    const draftId = await createDraft(user);
    const statement = saveDraftStatement(user, draftId, "sealed", 2);
    const plan = await db.$transaction(async (tx) => {
      // Without this the planner may prefer a sequential scan of a tiny table.
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      return tx.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${statement}`);
    });
    const text = plan.map((r) => r["QUERY PLAN"]).join("\n");
    expect(text).toMatch(/Update on draft/);
    // An index of draft (its key, or the clinician's drafts: which one depends on when the
    // table was last analysed; both are bounded by the key columns), never a scan of the table.
    expect(text).toMatch(
      /Index Scan using "?(draft_pkey|draft_clinicianId_updatedAt_idx)"? on draft/,
    );
    expect(text).not.toMatch(/Seq Scan/);
    expect(text).not.toMatch(/assessment/);
    // The same statement through the DAL really saves.
    expect(await saveDraft(user, draftId, { patient: { patientReference: "P" } }, 1)).toBe(true);
  });
});

describe("an autosave racing a submit", () => {
  it("waits for the submit's row lock, then refuses the submitted draft", async () => {
    const user = await makeUser("clinician");
    const draftId = await createDraft(user);
    await withClient(async (c) => {
      // Stands in for the submit statement holding the draft row until it commits.
      await c.query("BEGIN");
      await c.query(
        `UPDATE draft SET payload = $2, "submittedAt" = now() AT TIME ZONE 'UTC' WHERE id = $1`,
        [draftId, (await db.draft.findUniqueOrThrow({ where: { id: draftId } })).payload],
      );
      const save = saveDraft(user, draftId, { patient: { patientReference: "LATE-REF" } }, 3);
      await new Promise((r) => setTimeout(r, 300));
      await c.query("COMMIT");
      expect(await save).toBe(false);
    });
    expect((await getDraft(user, draftId))?.answers).toEqual({});
  });

  it("never leaves answers in a submitted draft when both run at once", async () => {
    const user = await makeUser("clinician");
    const drafts = await Promise.all(Array.from({ length: 20 }, () => createDraft(user)));
    await Promise.all(
      drafts.map((draftId, i) =>
        Promise.all([
          submitAssessment(user, draftId, validInput(`RACE-${i}`)),
          saveDraft(user, draftId, { patient: { patientReference: `RACE-${i}` } }, 6),
        ]),
      ),
    );
    for (const draftId of drafts) {
      const draft = await getDraft(user, draftId);
      expect(draft?.assessmentId).toEqual(expect.any(String));
      expect(draft?.answers).toEqual({});
    }
    const [{ n }] = await withClient(
      async (c) =>
        (
          await c.query(
            `select count(*)::int as n from draft where id = any($1::uuid[]) and "submittedAt" is not null`,
            [drafts],
          )
        ).rows,
    );
    expect(n).toBe(drafts.length);
  });

  it("a draft that was never submitted still saves (no lost drafts)", async () => {
    const user = await makeUser("clinician");
    const draftId = await createDraft(user);
    const answers = { patient: { patientReference: "KEEP-1" } };
    expect(await saveDraft(user, draftId, answers, 1)).toBe(true);
    expect((await getDraft(user, draftId))?.answers).toEqual(answers);
  });
});

describe("the action rate limit", () => {
  it("counts concurrent calls exactly in one statement, and opens a new window after expiry", async () => {
    const key = `test:${crypto.randomUUID()}`;
    const results = await Promise.all(
      Array.from({ length: 12 }, () => consume(key, { points: 5, duration: 1 })),
    );
    expect(results.filter(Boolean)).toHaveLength(5);
    await new Promise((r) => setTimeout(r, 1100));
    expect(await consume(key, { points: 5, duration: 1 })).toBe(true);
  });
});

describe("stored findings (issue 10 §5)", () => {
  it("hold no answer text in clear: rule id, domain and severity stay readable for the figures", async () => {
    const user = await makeUser("clinician");
    const input = validInput("ENC-REF-1", {
      medications: {
        medicationIds: ["oxycodone", "sertraline"],
        otherMedicines: "",
        noneTaken: false,
      },
    });
    const stored = await submitAssessment(user, await createDraft(user), input);
    if (stored.status === "no-draft") throw new Error("no draft");
    const dto = await getAssessment(user, stored.assessmentId);
    const findings = dto?.summary.findings ?? [];
    expect(findings.length).toBeGreaterThan(0);
    const rows = await withClient(
      async (c) =>
        (
          await c.query(
            `select "ruleId", domain, severity, content, row_to_json(f)::text as raw
             from finding f where "assessmentId" = $1 order by position`,
            [stored.assessmentId],
          )
        ).rows,
    );
    const [summaryRow] = await withClient(
      async (c) =>
        (
          await c.query("select summary::text as s from assessment where id = $1", [
            stored.assessmentId,
          ])
        ).rows,
    );
    const stored_ = rows.map((r) => r.raw).join("\n") + summaryRow.s;
    // Everything a finding shows that comes from the answers, and its wording.
    const shown = findings.flatMap((f) => [
      f.title,
      f.why,
      ...f.considerations,
      ...f.triggeredBy.map((t) => t.answer),
    ]);
    // Short answers ("4", "yes") would match ids and ciphertext by chance: words only.
    expect(shown.filter((t) => t.length >= 6).length).toBeGreaterThan(0);
    for (const text of shown.filter((t) => t.length >= 6)) expect(stored_).not.toContain(text);
    for (const word of ["Oxycodone", "oxycodone", "Sertraline", "sertraline", "grey-blue"])
      expect(rows.map((r) => r.raw).join("\n")).not.toContain(word);
    rows.forEach((row, i) => {
      expect(typeof row.content).toBe("string");
      expect(decryptJson(row.content)).toEqual(findings[i]);
      expect([row.ruleId, row.domain, row.severity]).toEqual([
        findings[i].id,
        findings[i].domain,
        findings[i].severity,
      ]);
    });
  });
});
