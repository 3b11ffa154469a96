import { startLaunch } from "@/lib/smart/launch-start";

/** SMART launch: `?iss=…&launch=…` from the EHR, or `?iss=…` alone for a standalone launch. */
export async function GET(request: Request) {
  return startLaunch(request);
}
