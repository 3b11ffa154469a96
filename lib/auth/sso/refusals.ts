/** Why a sign-in through the clinic's provider was refused; the URL carries the code only. */
import { isCodeOf } from "@/lib/http/redirect-flow";
export const ssoRefusals = {
  "too-many":
    "Too many sign-in attempts from this network in a minute. Wait a minute and try again.",
  "bad-request": "Enter your work email address to sign in with your organisation's account.",
  "no-provider":
    "Your organisation does not sign in through its own account here. Use your email and password.",
  "provider-unreachable":
    "Your organisation's sign-in service could not be reached. Try again in a moment, or use your password.",
  "bad-state":
    "This sign-in did not start in this browser, or it took too long. Start again from the sign-in page.",
  "provider-error":
    "Your organisation's sign-in service did not sign you in. Start again from the sign-in page.",
  "token-refused":
    "The sign-in answer could not be verified (it was not issued to this app, or it was wrong, reused or expired). Nothing was changed.",
  "no-email":
    "Your organisation's account did not give a verified email address, which this app needs to find your account.",
  "other-organisation":
    "This account belongs to another organisation than the one whose sign-in you used.",
  "unknown-user":
    "There is no account for you here yet. Ask your clinic admin to create it with your work email.",
  "inactive-user": "Your account is deactivated. Ask your clinic admin.",
} as const;

export type SsoRefusalCode = keyof typeof ssoRefusals;
export const isSsoRefusalCode = isCodeOf(ssoRefusals);
