import { handleCdsRequest } from "@/lib/cds-server/endpoint";

/** Feedback on cards from a registered EHR (signed JWT, checked in lib/cds-server; see ../../route.ts). */
export function POST(request: Request) {
  return handleCdsRequest(request);
}
