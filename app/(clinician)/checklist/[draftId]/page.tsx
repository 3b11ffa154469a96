import { notFound, redirect } from "next/navigation";
import { requirePageUser } from "@/lib/auth/session";
import { firstIncompleteStep } from "@/lib/checklist/check-answers";
import { REVIEW_SLUG } from "@/lib/checklist/steps";
import { getOwnDraft } from "@/lib/dal/draft-access";
import { isKnownMedicationId } from "@/lib/medications/ids";

/** Resuming a draft opens the first step that is not complete yet. */
export default async function ResumeDraftPage({
  params,
}: {
  params: Promise<{ draftId: string }>;
}) {
  const { draftId } = await params;
  const user = await requirePageUser("clinician", `/checklist/${draftId}`);
  const draft = await getOwnDraft(user, draftId);
  if (!draft) notFound();
  redirect(
    `/checklist/${draftId}/${firstIncompleteStep(draft.answers, { knownMedicine: isKnownMedicationId })?.slug ?? REVIEW_SLUG}`,
  );
}
