import { discovery } from "@/lib/cds-hooks";

/** CDS Hooks discovery: public, no patient data (docs/cds-hooks.md). */
export function GET() {
  return Response.json(discovery(), { headers: { "Cache-Control": "public, max-age=300" } });
}
