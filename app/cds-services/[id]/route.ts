import { handleHook } from "@/lib/cds-server/hook";

/** A hook call from a registered EHR (signed JWT, checked in lib/cds-server). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleHook((await params).id, request);
}
