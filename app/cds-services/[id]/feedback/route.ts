import { handleFeedback } from "@/lib/cds-server/feedback";

/** Feedback on cards from a registered EHR (signed JWT, checked in lib/cds-server). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleFeedback((await params).id, request);
}
