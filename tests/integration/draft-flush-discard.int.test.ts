import { describe, expect, it } from "vitest";
import { createDraft, getDraft, submittedAssessmentOf } from "@/lib/dal/drafts";
import { asRequestFrom } from "./helpers/action-context";
import { validInput } from "./helpers/answers";
import { auditActions } from "./helpers/audit";
import { makeUser } from "./helpers/users";

const { submitAssessment } = await import("@/lib/dal/assessments");
const { discardDraftAction, saveDraftAction } = await import("@/lib/actions/draft-actions");
const flushRoute = await import("@/app/api/drafts/[draftId]/route");

const ORIGIN = "http://127.0.0.1:3100";

const flush = (draftId: string, body: unknown, origin: string | null = ORIGIN) => {
  const text = JSON.stringify(body);
  const headers = new Headers({ "content-type": "application/json" });
  headers.set("content-length", String(Buffer.byteLength(text)));
  if (origin) headers.set("origin", origin);
  return flushRoute.POST(
    new Request(`${ORIGIN}/api/drafts/${draftId}`, { method: "POST", headers, body: text }),
    { params: Promise.resolve({ draftId }) },
  );
};

describe("the keepalive draft flush (POST /api/drafts/<id>)", () => {
  it("saves for the owner with the autosave's checks, and refuses everyone else", async () => {
    const owner = await makeUser("clinician");
    const colleague = await makeUser("clinician");
    const id = await createDraft(owner);
    const body = { answers: { patient: { patientReference: "FLUSH-1" } }, stepReached: 1 };

    asRequestFrom(ORIGIN, owner);
    expect((await flush(id, body)).status).toBe(204);
    expect((await getDraft(owner, id))?.answers.patient?.patientReference).toBe("FLUSH-1");

    expect((await flush(id, body, "http://evil.example")).status).toBe(403);
    expect((await flush(id, body, null)).status).toBe(403);
    expect((await flush(id, { answers: { nope: {} }, stepReached: 1 })).status).toBe(400);
    expect((await flush(id, [1, 2])).status).toBe(400);
    asRequestFrom(ORIGIN, colleague);
    expect((await flush(id, { ...body, answers: {} })).status).toBe(409);
    asRequestFrom(ORIGIN, null);
    expect((await flush(id, body)).status).toBe(401);
    const admin = await makeUser("admin");
    asRequestFrom(ORIGIN, admin);
    expect((await flush(id, body)).status).toBe(403);
    expect((await getDraft(owner, id))?.answers.patient?.patientReference).toBe("FLUSH-1");
  });
});

describe("a submitted draft, and discarding an open one", () => {
  it("answers a save of a submitted draft with its assessment, for the owner only", async () => {
    const owner = await makeUser("clinician");
    const colleague = await makeUser("clinician");
    const draftId = await createDraft(owner);
    const outcome = await submitAssessment(owner, draftId, validInput("SUBMITTED-1"));
    if (outcome.status === "no-draft") throw new Error("unreachable");
    expect(await submittedAssessmentOf(owner, draftId)).toBe(outcome.assessmentId);
    expect(await submittedAssessmentOf(colleague, draftId)).toBeNull();

    asRequestFrom(ORIGIN, owner);
    const result = await saveDraftAction({ draftId, answers: {}, stepReached: 0 });
    expect(result).toEqual({ ok: true, data: { submittedAssessmentId: outcome.assessmentId } });
    asRequestFrom(ORIGIN, colleague);
    expect((await saveDraftAction({ draftId, answers: {}, stepReached: 0 })).ok).toBe(false);
  });

  it("discards the owner's open draft, audited, and never a colleague's or a submitted one", async () => {
    const owner = await makeUser("clinician");
    const colleague = await makeUser("clinician");
    const open = await createDraft(owner);
    const submitted = await createDraft(owner);
    await submitAssessment(owner, submitted, validInput("KEEP-1"));

    asRequestFrom(ORIGIN, colleague);
    expect((await discardDraftAction({ draftId: open })).ok).toBe(false);
    expect(await getDraft(owner, open)).not.toBeNull();

    asRequestFrom(ORIGIN, owner);
    expect((await discardDraftAction({ draftId: submitted })).ok).toBe(false);
    expect(await getDraft(owner, submitted)).not.toBeNull();
    expect(await discardDraftAction({ draftId: open })).toEqual({ ok: true, data: undefined });
    expect(await getDraft(owner, open)).toBeNull();
    expect(await auditActions(open)).toEqual(["draft.created", "draft.discarded"]);
    expect((await discardDraftAction({ draftId: "not-a-uuid" })).ok).toBe(false);
  });
});
