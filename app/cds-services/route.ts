import { handleCdsRequest } from "@/lib/cds-server/endpoint";

/**
 * CDS Hooks discovery: public, no patient data (docs/cds-hooks.md). `scripts/serve.mjs` answers
 * it before Next (lib/cds-server/fast-path.ts); `next dev` and `next start` come here.
 */
export function GET(request: Request) {
  return handleCdsRequest(request);
}
