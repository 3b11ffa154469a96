import { startSso } from "@/lib/auth/sso/start";

/** Sign-in with the clinic's OpenID Connect provider, chosen by the email's domain. */
export async function GET(request: Request) {
  return startSso(request);
}
