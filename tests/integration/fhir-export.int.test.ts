import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { createDraft } from "@/lib/dal/drafts";
import { requestState } from "./helpers/action-context";
import { validInput } from "./helpers/answers";
import { auditActions } from "./helpers/audit";
import { makeUser } from "./helpers/users";

const { submitAssessment } = await import("@/lib/dal/assessments");
const exportRoute = await import("@/app/api/assessments/[id]/fhir/route");
const questionnaireRoute = await import("@/app/api/fhir/questionnaire/route");

const exportAs = (id: string) =>
  exportRoute.GET(new Request(`http://127.0.0.1/api/assessments/${id}/fhir`), {
    params: Promise.resolve({ id }),
  });

async function storedAssessment(reference: string) {
  const owner = await makeUser("clinician");
  const outcome = await submitAssessment(owner, await createDraft(owner), validInput(reference));
  if (outcome.status === "no-draft") throw new Error("unreachable");
  return { owner, id: outcome.assessmentId };
}

describe("GET /api/assessments/<id>/fhir", () => {
  beforeEach(() => {
    requestState.user = null;
  });

  it("sends the owner a QuestionnaireResponse download without the patient reference", async () => {
    const { owner, id } = await storedAssessment("MRN-FHIR-4471");
    requestState.user = owner;
    const res = await exportAs(id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/fhir\+json/);
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="assessment-${id}.fhir.json"`,
    );
    const body = await res.text();
    expect(body).not.toContain("MRN-FHIR-4471");
    const resource = JSON.parse(body);
    expect(resource).toMatchObject({ resourceType: "QuestionnaireResponse", id });
    expect(resource.subject).toBeUndefined();
    expect(await auditActions(id)).toContain("assessment.exported");
  });

  it("answers 401 signed out, 403 for an admin, 404 for someone else's or a missing id", async () => {
    const { id } = await storedAssessment("MRN-FHIR-4472");
    expect((await exportAs(id)).status).toBe(401);
    requestState.user = await makeUser("admin");
    const forbidden = await exportAs(id);
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toEqual({ error: expect.any(String) });
    requestState.user = await makeUser("clinician");
    expect((await exportAs(id)).status).toBe(404);
    expect((await exportAs(randomUUID())).status).toBe(404);
    expect(await auditActions(id)).not.toContain("assessment.exported");
  });

  it.each(["not-a-uuid", "../../etc/passwd", "", "x".repeat(200), "00000000-0000-0000-0000"])(
    "answers 400 JSON, never 5xx, for the id %j",
    async (bad) => {
      requestState.user = await makeUser("clinician");
      const res = await exportAs(bad);
      expect(res.status).toBe(400);
      expect((await res.json()).error).toEqual(expect.any(String));
    },
  );

  it("answers 429 after 60 requests in a minute from one clinician", async () => {
    requestState.user = await makeUser("clinician");
    for (let i = 0; i < 60; i++) expect((await exportAs("bad")).status).toBe(400);
    const limited = await exportAs(randomUUID());
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("60");
  });
});

describe("GET /api/fhir/questionnaire", () => {
  it("is for signed-in users only, clinicians and admins alike", async () => {
    requestState.user = null;
    expect(
      (
        await questionnaireRoute.GET(
          new Request("http://127.0.0.1/api/fhir/questionnaire"),
          undefined,
        )
      ).status,
    ).toBe(401);
    for (const role of ["clinician", "admin"] as const) {
      requestState.user = await makeUser(role);
      const res = await questionnaireRoute.GET(
        new Request("http://127.0.0.1/api/fhir/questionnaire"),
        undefined,
      );
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^application\/fhir\+json/);
      expect((await res.json()).resourceType).toBe("Questionnaire");
    }
  });
});
