import "server-only";
import { audit } from "@/lib/audit";
import { sessionCookieFor } from "@/lib/auth/session-cookie";
import { cookieValues } from "@/lib/auth/session-read";
import { summaryAskedFor } from "@/lib/cds-hooks/app-context";
import { connectionById } from "@/lib/dal/ehr-connections";
import { claimLaunch, completeLaunch, type EhrSession } from "@/lib/dal/ehr-launches";
import { openSummaryLaunch } from "@/lib/dal/ehr-summary-launch";
import { clinicianForFhirUser, type EhrUserFacts } from "@/lib/dal/ehr-users";
import { type MatchedMedicines, matchRecordMedicines, recordMedicines } from "@/lib/fhir/prefill";
import { prefillAnswers } from "@/lib/fhir/prefill-answers";
import { tryDiscoverSmart } from "./discovery";
import { type FhirContext, fhirGet } from "./fhir-client";
import { appUrl, refusedResponse, STATE_COOKIE, stateCookie } from "./launch-start";
import { oauth, oauthConfiguration } from "./oauth";
import { launchedPatient } from "./patient-reference";
import { readRecord } from "./read-record";
import type { RefusalCode } from "./refusals";

/** A function, not a constant: the cookie reads the configuration, which a build does not have. */
const clearState = () => ({ "set-cookie": stateCookie("", 0) });

/** The EHR's own facts about its user: an email (for linking) and a name, when readable. */
async function userFacts(ctx: FhirContext, fhirUser: string): Promise<EhrUserFacts> {
  try {
    const who = await fhirGet(ctx, fhirUser);
    const telecom = Array.isArray(who.telecom)
      ? (who.telecom as { system?: string; value?: string }[])
      : [];
    const name = Array.isArray(who.name)
      ? (who.name[0] as { given?: string[]; family?: string })
      : undefined;
    return {
      email: telecom.find((t) => t.system === "email")?.value,
      name: name ? [...(name.given ?? []), name.family].filter(Boolean).join(" ") : undefined,
    };
  } catch {
    return {};
  }
}

/**
 * GET /launch/callback: the state must be this browser's (cookie) and unused; the code is
 * exchanged with the PKCE verifier (openid-client checks state, `iss` and the id_token); the
 * EHR user becomes a clinician of the clinic; the record prefills a new draft; the clinician is
 * signed in and lands on the checklist, or on a summary a CDS card's appContext asks for when
 * it is theirs and the launched patient's. Every refusal is a clear page and an audit entry.
 */
export async function finishLaunch(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const state = url.searchParams.get("state") ?? "";
  const cookie = cookieValues(request.headers.get("cookie") ?? "", STATE_COOKIE);
  if (!state || cookie.length !== 1 || cookie[0] !== state)
    return refusedResponse("bad-state", clearState());
  const launch = await claimLaunch(state);
  if (!launch) return refusedResponse("bad-state", clearState());
  const connection = await connectionById(launch.connectionId);
  if (!connection) return refusedResponse("unknown-ehr", clearState());
  const refuse = async (code: RefusalCode) => {
    await audit({
      action: "ehr.launch-refused",
      clinicId: connection.clinicId,
      targetType: "ehr_launch",
      targetId: launch.id,
      outcome: "denied",
    });
    return refusedResponse(code, clearState());
  };
  if (url.searchParams.has("error")) return refuse("ehr-error");
  const smart = await tryDiscoverSmart(connection.issuer);
  if (!smart) return refuse("ehr-unreachable");
  const iss = url.searchParams.get("iss");
  if (iss !== null && iss !== (smart.issuer ?? iss)) return refuse("wrong-issuer");
  const config = await oauthConfiguration(smart, connection);
  // openid-client compares redirect_uri with the URL it is handed: the app's public one.
  const current = new URL(`/launch/callback${url.search}`, appUrl("/"));
  let tokens: Awaited<ReturnType<typeof oauth.authorizationCodeGrant>>;
  try {
    tokens = await oauth.authorizationCodeGrant(config, current, {
      pkceCodeVerifier: launch.request.verifier,
      expectedState: state,
      idTokenExpected: true,
    });
  } catch {
    return refuse("token-refused");
  }
  const fhirUser = tokens.claims()?.fhirUser;
  const patient = typeof tokens.patient === "string" ? tokens.patient : undefined;
  if (typeof fhirUser !== "string" || !fhirUser) return refuse("missing-scope");
  if (!patient) return refuse("no-patient");
  const session: EhrSession = {
    accessToken: tokens.access_token,
    refreshToken: tokens.refresh_token,
    expiresAt: tokens.expires_in ? Date.now() + tokens.expires_in * 1000 : undefined,
    scope: tokens.scope ?? launch.request.scope,
    patient,
    encounter: typeof tokens.encounter === "string" ? tokens.encounter : undefined,
    fhirUser,
  };
  const ctx: FhirContext = {
    base: connection.issuer,
    accessToken: session.accessToken,
    launchId: launch.id,
    clinicId: connection.clinicId,
  };
  const clinician = await clinicianForFhirUser(
    connection,
    fhirUser,
    await userFacts(ctx, fhirUser),
  );
  if (!clinician.ok) return refuse(clinician.reason);
  ctx.actorId = clinician.user.id;
  const launched = launchedPatient(connection.issuer, patient);

  // A CDS card's link asks for a summary: shown when it is this clinician's, for this patient.
  const summaryId = summaryAskedFor(tokens.appContext);
  if (
    summaryId &&
    (await openSummaryLaunch(launch.id, clinician.user, summaryId, launched.fhirPatientKey))
  )
    return signedInRedirect(`/assessments/${summaryId}`, clinician.user.id);

  const record = await readRecord(ctx, patient, session.scope);
  const medicines: MatchedMedicines = matchRecordMedicines(
    recordMedicines(record.entries, record.medications),
  );
  const { answers, record: given } = prefillAnswers({
    patientReference: launched.patientReference,
    patient: record.patient,
    medicines,
    today: new Date(),
  });
  const draftId = await completeLaunch(launch.id, clinician.user, session, answers, {
    prefill: { ...given, problems: record.problems },
    fhirPatientKey: launched.fhirPatientKey,
  });
  return signedInRedirect(`/checklist/${draftId}/patient`, clinician.user.id);
}

/** The launch's end: the state cookie cleared, the clinician signed in, sent to `path`. */
async function signedInRedirect(path: string, userId: string): Promise<Response> {
  const headers = new Headers({ location: appUrl(path), "cache-control": "no-store" });
  headers.append("set-cookie", clearState()["set-cookie"]);
  headers.append("set-cookie", await sessionCookieFor(userId));
  return new Response(null, { status: 303, headers });
}
