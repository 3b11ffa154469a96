import { randomBytes, randomUUID } from "node:crypto";
import { scriptClient } from "@/prisma/client";
import { makeUser } from "./users";

const db = scriptClient();

/** One group of identical submitted assessments (only the aggregated columns matter here). */
export interface Group {
  count: number;
  ageBand?: string;
  sex?: string;
  overall?: "low" | "moderate" | "high";
  dependence?: string;
  skin?: string;
  rules?: { id: string; domain: string }[];
  classes?: string[];
  submittedAt?: Date;
}

const MARCH = new Date("2026-03-15T10:00:00Z");

/** One stored assessment row of a group (only the aggregated columns matter here). */
function assessmentRow(
  x: { id: string; draftId: string },
  clinicianId: string,
  clinicId: string,
  g: Omit<Group, "count">,
  submittedAt: Date,
) {
  return {
    id: x.id,
    draftId: x.draftId,
    clinicianId,
    clinicId,
    patientRefHash: randomBytes(32).toString("hex"),
    patientRefCipher: "fixture",
    answersCipher: "fixture",
    ageBand: g.ageBand ?? "35-44",
    sex: g.sex ?? "female",
    overallLevel: g.overall ?? "moderate",
    dependenceSeverity: g.dependence ?? "none",
    skinChange: g.skin ?? "no",
    rulesetVersion: "test",
    evidenceVersion: "test",
    summary: {},
    submittedAt,
  };
}

/**
 * A new clinic of its own (tests never share one), with a clinician owning the given assessments.
 * Rows are written directly: these tests are about what the aggregates make of stored rows.
 */
export async function clinicWithAssessments(
  groups: Group[],
): Promise<{ clinicId: string; clinicianId: string }> {
  const clinician = await makeUser("clinician");
  for (const g of groups) {
    const ids = Array.from({ length: g.count }, () => ({
      id: randomUUID(),
      draftId: randomUUID(),
    }));
    await db.draft.createMany({
      data: ids.map((x) => ({ id: x.draftId, clinicianId: clinician.id, payload: "fixture" })),
    });
    await db.assessment.createMany({
      data: ids.map((x) =>
        assessmentRow(x, clinician.id, clinician.clinicId, g, g.submittedAt ?? MARCH),
      ),
    });
    await db.finding.createMany({
      data: ids.flatMap((x) =>
        (g.rules ?? []).map((r, position) => ({
          assessmentId: x.id,
          ruleId: r.id,
          domain: r.domain,
          severity: "moderate",
          position,
          content: {},
        })),
      ),
    });
    await db.assessmentMedicationClass.createMany({
      data: ids.flatMap((x) =>
        (g.classes ?? []).map((classId) => ({ assessmentId: x.id, classId })),
      ),
    });
  }
  return { clinicId: clinician.clinicId, clinicianId: clinician.id };
}

/** More submitted assessments for an existing clinic, submitted now. */
export async function addAssessments(
  clinicId: string,
  clinicianId: string,
  count: number,
  g: Omit<Group, "count"> = {},
): Promise<void> {
  const ids = Array.from({ length: count }, () => ({ id: randomUUID(), draftId: randomUUID() }));
  await db.draft.createMany({
    data: ids.map((x) => ({ id: x.draftId, clinicianId, payload: "fixture" })),
  });
  await db.assessment.createMany({
    // Past the publisher's settling time, so the next run sees it.
    data: ids.map((x) => assessmentRow(x, clinicianId, clinicId, g, new Date(Date.now() - 10_000))),
  });
}

/** A draft that was never submitted: it must not count anywhere. */
export async function openDraft(clinicianId: string): Promise<void> {
  await db.draft.create({ data: { clinicianId, payload: "fixture" } });
}

export async function auditCount(actorId: string, action: string): Promise<number> {
  return db.auditEvent.count({ where: { actorId, action } });
}
