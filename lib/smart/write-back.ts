import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { getAssessment } from "@/lib/dal/assessments";
import { anyEhrRegistered, connectionById } from "@/lib/dal/ehr-connections";
import {
  type AssessmentLaunch,
  type EhrSession,
  launchForAssessment,
  recordWrite,
  saveSession,
  type WriteResult,
} from "@/lib/dal/ehr-launches";
import { env } from "@/lib/env";
import {
  ASSESSMENT_IDENTIFIER_SYSTEM,
  documentReferenceFor,
  ifNoneExist,
  NOTE_IDENTIFIER_SYSTEM,
  questionnaireResponseFor,
} from "@/lib/fhir/write-back";
import { logger } from "@/lib/logger";
import { summaryToText } from "@/lib/report/plain-text";
import { tryDiscoverSmart } from "./discovery";
import { FhirCallError, type FhirContext, failureText, fhirCreate } from "./fhir-client";
import { oauth, oauthConfiguration } from "./oauth";
import { missingGrants } from "./scopes";

const REFRESH_MARGIN_MS = 30_000;

/** A fresh access token through the refresh token, or null when there is none or it fails. */
async function refreshed(
  launch: AssessmentLaunch,
  session: EhrSession,
): Promise<EhrSession | null> {
  if (!session.refreshToken) return null;
  const connection = await connectionById(launch.connectionId);
  const smart = connection ? await tryDiscoverSmart(connection.issuer) : null;
  if (!connection || !smart) return null;
  try {
    const tokens = await oauth.refreshTokenGrant(
      await oauthConfiguration(smart, connection),
      session.refreshToken,
    );
    const next: EhrSession = {
      ...session,
      accessToken: tokens.access_token,
      refreshToken: tokens.refresh_token ?? session.refreshToken,
      expiresAt: tokens.expires_in ? Date.now() + tokens.expires_in * 1000 : undefined,
      scope: tokens.scope ?? session.scope,
    };
    await saveSession(launch.id, next);
    return next;
  } catch {
    return null;
  }
}

/**
 * Writes the assessment's QuestionnaireResponse and note back to the EHR it was launched from.
 * The assessment is already stored: a failure here loses nothing and is recorded for a retry.
 * Each create is conditional on the assessment's identifier, so a retry finds the first copy.
 */
export async function writeBack(
  user: SessionUser,
  assessmentId: string,
): Promise<WriteResult | null> {
  const launch = await launchForAssessment(user, assessmentId);
  if (!launch) return null;
  const failed = async (error: string) => {
    const result: WriteResult = {
      written: launch.writeResult?.written ?? [],
      error,
      at: new Date().toISOString(),
    };
    await recordWrite(launch.id, "failed", result);
    return result;
  };
  if (!launch.session)
    return failed(
      "The EHR session was closed when you signed out. Open the checklist from the EHR again to write it back.",
    );
  let session: EhrSession = launch.session;
  const missing = missingGrants(session.scope).writes;
  if (missing.length > 0)
    return failed(`The EHR did not grant the app permission to create ${missing.join(" and ")}.`);
  if (session.expiresAt && session.expiresAt - REFRESH_MARGIN_MS < Date.now())
    session = (await refreshed(launch, session)) ?? session;
  const assessment = await getAssessment(user, assessmentId);
  const connection = await connectionById(launch.connectionId);
  if (!assessment || !connection) return null;
  const where = {
    patientId: session.patient,
    encounterId: session.encounter,
    author: session.fhirUser,
  };
  const note = summaryToText({
    summary: assessment.summary,
    at: assessment.submittedAt,
    link: new URL(`/assessments/${assessment.id}`, env().BETTER_AUTH_URL).toString(),
    frequency: assessment.answers.usePattern?.frequency,
  });
  const writes = [
    [
      questionnaireResponseFor(assessment, where),
      ifNoneExist(ASSESSMENT_IDENTIFIER_SYSTEM, assessment.id),
    ],
    [
      documentReferenceFor(assessment, note, where),
      ifNoneExist(NOTE_IDENTIFIER_SYSTEM, assessment.id),
    ],
  ] as const;
  const ctx: FhirContext = {
    base: connection.issuer,
    accessToken: session.accessToken,
    launchId: launch.id,
    actorId: user.id,
    clinicId: user.clinicId,
  };
  const written: WriteResult["written"] = [];
  try {
    for (const [resource, query] of writes) {
      let created: { id: string };
      try {
        created = await fhirCreate(ctx, resource, query);
      } catch (error) {
        // An access token that expired early: one refresh and one retry.
        const fresh: EhrSession | null =
          error instanceof FhirCallError && error.status === 401
            ? await refreshed(launch, session)
            : null;
        if (!fresh) throw error;
        session = fresh;
        ctx.accessToken = fresh.accessToken;
        created = await fhirCreate(ctx, resource, query);
      }
      written.push({ resourceType: resource.resourceType, id: created.id });
    }
  } catch (error) {
    logger.warn({
      component: "ehr-write-back",
      launch: launch.id,
      error: (error as Error).message,
    });
    const result: WriteResult = {
      written,
      error: `Not written: ${failureText(error)}.`,
      at: new Date().toISOString(),
    };
    await recordWrite(launch.id, "failed", result);
    return result;
  }
  const result: WriteResult = { written, at: new Date().toISOString() };
  await recordWrite(launch.id, "written", result);
  return result;
}

/**
 * After a submit: writes back when the assessment came from a launch and the clinic writes on
 * submit. With no EHR registered at all this is one cached check and no query.
 */
export async function writeBackAfterSubmit(user: SessionUser, assessmentId: string): Promise<void> {
  if (!(await anyEhrRegistered())) return;
  const launch = await launchForAssessment(user, assessmentId);
  if (!launch || launch.writeStatus === "written") return;
  const connection = await connectionById(launch.connectionId);
  if (connection?.writeBack !== "on-submit") return;
  await writeBack(user, assessmentId).catch((error) =>
    logger.warn({ component: "ehr-write-back", error: (error as Error).message }),
  );
}
