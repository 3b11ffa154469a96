import { finishLaunch } from "@/lib/smart/launch-finish";

/** The redirect URI registered in the EHR: the authorization code comes back here. */
export async function GET(request: Request) {
  return finishLaunch(request);
}
