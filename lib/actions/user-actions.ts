"use server";
import {
  createClinicianSchema,
  erasePatientSchema,
  userTargetSchema,
} from "@/lib/accounts/schemas";
import {
  type ErasureMatch,
  erasePatientAssessments,
  matchPatientAssessments,
} from "@/lib/dal/erasure";
import { createClinician, resetClinicianPassword, setClinicianActive } from "@/lib/dal/users";
import { type ActionResult, failure } from "./result";
import { createAction } from "./safe-action";

// Clinic admins manage the clinician accounts of their own clinic. The DAL scopes every
// query to the admin's clinic and to clinicians, so an id from elsewhere is "not found".
const NOT_FOUND = "This account was not found among your clinic's clinicians.";
const limit = { points: 30, duration: 60 };

export const createClinicianAction = createAction(
  { name: "create-clinician", role: "admin", schema: createClinicianSchema, rateLimit: limit },
  async (input, admin) => {
    const outcome = await createClinician(admin, input);
    if (outcome.status === "email-taken")
      return failure("Check the highlighted fields.", {
        email: ["An account with this email address already exists."],
      });
    // The link is shown to the admin once, to hand over; only its hash is stored.
    return {
      ok: true,
      data: {
        userId: outcome.userId,
        link: outcome.link,
        expiresAt: outcome.expiresAt.toISOString(),
      },
    };
  },
);

export const deactivateClinicianAction = createAction(
  { name: "deactivate-clinician", role: "admin", schema: userTargetSchema, rateLimit: limit },
  async ({ userId }, admin) => {
    if (!(await setClinicianActive(admin, userId, false))) return failure(NOT_FOUND);
    return { ok: true, data: undefined };
  },
);

export const reactivateClinicianAction = createAction(
  { name: "reactivate-clinician", role: "admin", schema: userTargetSchema, rateLimit: limit },
  async ({ userId }, admin) => {
    if (!(await setClinicianActive(admin, userId, true))) return failure(NOT_FOUND);
    return { ok: true, data: undefined };
  },
);

export const resetClinicianPasswordAction = createAction(
  {
    name: "reset-clinician-password",
    role: "admin",
    schema: userTargetSchema,
    rateLimit: limit,
  },
  async ({ userId }, admin) => {
    const issued = await resetClinicianPassword(admin, userId);
    if (!issued) return failure(NOT_FOUND);
    return { ok: true, data: { link: issued.link, expiresAt: issued.expiresAt.toISOString() } };
  },
);

/**
 * Erases one patient's assessments in the admin's clinic on a documented request, in two steps:
 * without the confirmation it only counts what matches (assessments and clinicians, nothing
 * about whose they are); with it, it erases, provided the count is still the one confirmed. The
 * database function audits the erasure.
 */
export const erasePatientAction = createAction(
  {
    name: "erase-patient",
    role: "admin",
    schema: erasePatientSchema,
    rateLimit: { points: 10, duration: 60 },
  },
  async (
    { patientReference, requestReference, confirm, expected },
    admin,
  ): Promise<ActionResult<{ erased: number | null; match: ErasureMatch }>> => {
    const match = await matchPatientAssessments(admin, patientReference);
    if (!confirm || expected !== match.assessments)
      return { ok: true, data: { erased: null, match } };
    const erased = await erasePatientAssessments(admin, patientReference, requestReference);
    return { ok: true, data: { erased, match } };
  },
);
