/**
 * Why a launch was refused, in words for the clinician (the /launch/refused page). The URL
 * carries only the code; nothing the EHR or the browser sent is echoed back.
 */
import { isCodeOf } from "@/lib/http/redirect-flow";
export const refusals = {
  "too-many":
    "Too many sign-in attempts from this network in a minute. Wait a minute and try again.",
  "bad-request": "The launch link is incomplete or malformed. Open the app again from the EHR.",
  "unknown-ehr":
    "This EHR is not registered for any clinic. A clinic admin registers it under Admin → EHR.",
  "ehr-unreachable":
    "The EHR could not be reached to start the sign-in. Try again in a moment, or use the checklist by hand.",
  "bad-state":
    "This sign-in did not start in this browser, or it was already used or took too long. Open the app again from the EHR.",
  "ehr-error":
    "The EHR did not authorise the app. Open the app again from the EHR, or ask your clinic admin.",
  "token-refused":
    "The EHR refused to complete the sign-in (the code was wrong, reused, expired or did not match). Open the app again from the EHR.",
  "wrong-issuer":
    "The sign-in answer did not come from the EHR that was asked. Nothing was stored.",
  "missing-scope":
    "The EHR did not grant what the app needs to know who you are and which patient is open (openid, fhirUser and the launch patient).",
  "no-patient":
    "The EHR did not say which patient is open. Open the app again from the patient's record.",
  "unknown-user":
    "Your EHR account is not linked to a clinician of this clinic. Ask your clinic admin to add you (with the email your EHR holds).",
  "inactive-user": "Your account in this app is deactivated. Ask your clinic admin.",
} as const;

export type RefusalCode = keyof typeof refusals;

export const isRefusalCode = isCodeOf(refusals);
