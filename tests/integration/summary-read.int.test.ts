import { describe, expect, it } from "vitest";
import { getAssessment, listAssessments, submitAssessment } from "@/lib/dal/assessments";
import { createDraft } from "@/lib/dal/drafts";
import { validInput } from "./helpers/answers";
import { makeUser } from "./helpers/users";

const submit = async (
  user: Awaited<ReturnType<typeof makeUser>>,
  ref: string,
  overrides: Parameters<typeof validInput>[1] = {},
) => {
  const outcome = await submitAssessment(user, await createDraft(user), validInput(ref, overrides));
  if (outcome.status === "no-draft") throw new Error("not stored");
  return outcome.assessmentId;
};

describe("the summary page's read (one statement)", () => {
  it("carries the same clinician's previous assessment of the same patient, nobody else's", async () => {
    const a = await makeUser("clinician", "Summary clinic");
    const b = await makeUser("clinician", "Summary clinic");
    const first = await submit(a, "FOLLOW-1");
    await submit(b, "FOLLOW-1"); // same reference, another clinician: never matched
    const base = validInput("x");
    const second = await submit(a, "follow-1", {
      usePattern: { ...base.usePattern, frequency: "1-3-days-week", dosesPerDay: 1 },
    });

    const dto = await getAssessment(a, second);
    expect(dto?.earlierCount).toBe(1);
    expect(dto?.previous?.id).toBe(first);
    expect(dto?.previous?.answers.usePattern.dosesPerDay).toBe(4);
    expect(dto?.previous?.findings.map((f) => f.id)).toContain("use.daily-multiple-doses");
    expect(dto?.summary.findings.map((f) => f.id)).not.toContain("use.daily-multiple-doses");
    expect((await getAssessment(a, first))?.previous).toBeNull();
    expect(await getAssessment(b, second)).toBeNull();
  });

  it("lists the clinician's assessments with one opaque key per patient and the DSM-5 count", async () => {
    const a = await makeUser("clinician");
    await submit(a, "GROUP-1");
    await submit(a, "GROUP-2");
    await submit(a, "group-1");
    const list = await listAssessments(a);
    expect(list.map((x) => x.patientKey)).toEqual([0, 1, 0]);
    expect(list[0]).toMatchObject({ patientReference: "group-1", dsmCount: 4 });
    expect(JSON.stringify(list)).not.toMatch(/[0-9a-f]{64}/); // the keyed hash stays in the DAL
  });
});
