// Erasing one patient's assessments on a documented request (issue 18 §5): every clinician of
// the admin's clinic, nobody else's; the rows go with their findings, classes and drafts; the
// audit keeps that it happened (request reference, never the patient); the figures drop them
// at the next release.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { MAX_PERTURBATION } from "@/lib/aggregates/engine";
import { ALL } from "@/lib/aggregates/filter-values";
import type { SessionUser } from "@/lib/auth/session";
import { getAggregates, refreshAggregates } from "@/lib/dal/aggregates";
import { submitAssessment } from "@/lib/dal/assessments";
import { createDraft } from "@/lib/dal/drafts";
import { hashPatientReference } from "@/lib/security/patient-reference";
import { asRequestFrom } from "./helpers/action-context";
import { addAssessments, clinicWithAssessments } from "./helpers/aggregates-fixtures";
import { validInput } from "./helpers/answers";
import { makeUser } from "./helpers/users";
import { ORIGIN, rawDb } from "./security-fixtures";

const { erasePatientAction } = await import("@/lib/actions/user-actions");

async function submitted(user: SessionUser, reference: string): Promise<string> {
  const outcome = await submitAssessment(user, await createDraft(user), validInput(reference));
  if (outcome.status !== "stored") throw new Error(outcome.status);
  return outcome.assessmentId;
}

/** The form's two steps: count what matches, then erase exactly that many. */
async function erase(admin: SessionUser, patientReference: string, requestReference: string) {
  asRequestFrom(ORIGIN, admin);
  const found = await erasePatientAction({ patientReference, requestReference, confirm: false });
  if (!found.ok || found.data.match.assessments === 0) return found;
  const expected = found.data.match.assessments;
  return erasePatientAction({ patientReference, requestReference, confirm: true, expected });
}

describe("erasing a patient's assessments", () => {
  it("removes the patient's assessments by every clinician of the clinic, and only those", async () => {
    const clinic = `Erasure ${randomUUID()}`;
    const [admin, a, b] = [
      await makeUser("admin", clinic),
      await makeUser("clinician", clinic),
      await makeUser("clinician", clinic),
    ];
    const elsewhere = await makeUser("clinician");
    const reference = `MRN-${randomUUID().slice(0, 8)}`;
    const gone = [
      await submitted(a, reference),
      await submitted(a, reference),
      await submitted(b, ` ${reference} `),
    ];
    const kept = [await submitted(a, `${reference}-other`), await submitted(elsewhere, reference)];
    const draftsOf = (ids: string[]) =>
      rawDb.assessment.findMany({ where: { id: { in: ids } }, select: { draftId: true } });
    const goneDrafts = (await draftsOf(gone)).map((d) => d.draftId);
    expect(await rawDb.finding.count({ where: { assessmentId: { in: gone } } })).toBeGreaterThan(0);
    // One of them came from a SMART launch, which holds the patient's keyed EHR hash.
    const ehr = await rawDb.ehrConnection.create({
      data: {
        clinicId: admin.clinicId,
        name: "Erasure EHR",
        issuer: `https://ehr.test/${randomUUID()}`,
        clientId: "kratom",
      },
    });
    const launch = await rawDb.ehrLaunch.create({
      data: {
        connectionId: ehr.id,
        stateHash: randomUUID().replaceAll("-", ""),
        requestCipher: "sealed",
        draftId: goneDrafts[0],
        fhirPatientKey: "f".repeat(64),
      },
    });

    // Unconfirmed: only counts (assessments and clinicians), erases nothing. Confirmed for
    // another count than what matches now: counts again, erases nothing.
    asRequestFrom(ORIGIN, admin);
    const preview = { ok: true, data: { erased: null, match: { assessments: 3, clinicians: 2 } } };
    expect(
      await erasePatientAction({
        patientReference: reference,
        requestReference: "ER-1",
        confirm: false,
      }),
    ).toEqual(preview);
    for (const expected of [undefined, 2, 4])
      expect(
        await erasePatientAction({
          patientReference: reference,
          requestReference: "ER-1",
          confirm: true,
          expected,
        }),
      ).toEqual(preview);
    expect(await rawDb.assessment.count({ where: { id: { in: gone } } })).toBe(3);
    // A request reference that could carry patient data: refused at the field.
    expect(
      await erasePatientAction({
        patientReference: reference,
        requestReference: "Jane Doe",
        confirm: true,
        expected: 3,
      }),
    ).toMatchObject({ ok: false, fieldErrors: { requestReference: expect.any(Array) } });
    // A clinician cannot erase.
    asRequestFrom(ORIGIN, a);
    expect(
      (
        await erasePatientAction({
          patientReference: reference,
          requestReference: "ER-1",
          confirm: true,
          expected: 3,
        })
      ).ok,
    ).toBe(false);

    expect(await erase(admin, reference, "ER-2026-014")).toMatchObject({
      ok: true,
      data: { erased: 3 },
    });
    expect(await rawDb.assessment.count({ where: { id: { in: gone } } })).toBe(0);
    expect(await rawDb.finding.count({ where: { assessmentId: { in: gone } } })).toBe(0);
    expect(
      await rawDb.assessmentMedicationClass.count({ where: { assessmentId: { in: gone } } }),
    ).toBe(0);
    expect(await rawDb.draft.count({ where: { id: { in: goneDrafts } } })).toBe(0);
    expect(await rawDb.ehrLaunch.count({ where: { id: launch.id } })).toBe(0);
    expect(await rawDb.assessment.count({ where: { id: { in: kept } } })).toBe(2);

    // The audit keeps that it happened, by whom and for which request; never the patient.
    const events = await rawDb.auditEvent.findMany({
      where: { clinicId: admin.clinicId, action: "patient.erased" },
    });
    expect(events).toMatchObject([
      {
        actorId: admin.id,
        actorRole: "admin",
        targetType: "erasure-request",
        targetId: "ER-2026-014",
      },
    ]);
    const everything = JSON.stringify(
      await rawDb.auditEvent.findMany({ where: { clinicId: admin.clinicId } }),
      (_k, v) => (typeof v === "bigint" ? String(v) : v),
    );
    expect(everything).not.toContain(reference);
    // Nothing left to match: the count says so, and nothing more is erased or audited.
    expect(await erase(admin, reference, "ER-2026-015")).toMatchObject({
      ok: true,
      data: { erased: null, match: { assessments: 0 } },
    });
  });

  it("the database function erases nothing for anyone but an active admin of that clinic", async () => {
    const clinician = await makeUser("clinician");
    const id = await submitted(clinician, "MRN-fn");
    const otherAdmin = await makeUser("admin");
    const hash = hashPatientReference("MRN-fn", clinician.id);
    for (const actor of [clinician.id, otherAdmin.id])
      await expect(
        rawDb.$queryRaw`SELECT erase_patient_assessments(${clinician.clinicId}::uuid,
          ${[clinician.id]}::text[], ${[hash]}::text[], ${actor}, 'ER-9')`,
      ).rejects.toThrow();
    expect(await rawDb.assessment.count({ where: { id } })).toBe(1);
  });

  it("the clinic figures drop the erased assessments at the next release", async () => {
    const { clinicId, clinicianId } = await clinicWithAssessments([{ count: 20, overall: "high" }]);
    const reference = `MRN-${randomUUID().slice(0, 8)}`;
    const victims = await rawDb.assessment.findMany({
      where: { clinicId },
      take: 4,
      select: { id: true },
    });
    await rawDb.assessment.updateMany({
      where: { id: { in: victims.map((v) => v.id) } },
      data: { patientRefHash: hashPatientReference(reference, clinicianId) },
    });
    const admin = await makeUser("admin");
    await rawDb.user.update({ where: { id: admin.id }, data: { clinicId } });
    const inClinic = { ...admin, clinicId };
    const total = async () => {
      const result = await getAggregates(
        inClinic,
        { clinic: clinicId, period: ALL, ageBand: ALL, sex: ALL },
        "view",
      );
      if (!result.ok) throw new Error(result.message);
      return result.view.total;
    };
    // What the release counted (true counts, the publisher's source) and what it shows: the
    // true count perturbed by the cell-key method, within the table's bound.
    const counted = async () => {
      const [{ n }] = await rawDb.$queryRaw<{ n: bigint }[]>`
        SELECT coalesce(sum("n"), 0)::bigint AS n FROM "aggregate_source"
        WHERE "clinicId" = ${clinicId}::uuid AND "measure" = 'total'`;
      return Number(n);
    };
    const shownNear = async (truth: number) => {
      const cell = await total();
      if (!("n" in cell)) throw new Error("the clinic total was hidden");
      expect(Math.abs(cell.n - truth)).toBeLessThanOrEqual(MAX_PERTURBATION);
    };
    await refreshAggregates();
    expect(await counted()).toBe(20);
    await shownNear(20);
    expect(await erase(inClinic, reference, "ER-fig-1")).toMatchObject({
      ok: true,
      data: { erased: 4 },
    });
    // The clinic's next release (a batch of at least the threshold beyond what was released:
    // 16 left + 15 new) is counted from the rows that are left.
    await addAssessments(clinicId, clinicianId, 15);
    await refreshAggregates();
    expect(await counted()).toBe(31);
    await shownNear(31);
  });
});
