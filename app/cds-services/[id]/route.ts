import { handleCdsRequest } from "@/lib/cds-server/endpoint";

/** A hook call from a registered EHR (signed JWT, checked in lib/cds-server; see ../route.ts). */
export function POST(request: Request) {
  return handleCdsRequest(request);
}
