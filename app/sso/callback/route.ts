import { finishSso } from "@/lib/auth/sso/finish";

/** The redirect URI registered at the clinic's identity provider. */
export async function GET(request: Request) {
  return finishSso(request);
}
