import { notFound, redirect } from "next/navigation";
import type { ReactNode } from "react";
import { WizardProvider } from "@/components/checklist/wizard-provider";
import { FromRecordScope } from "@/components/ehr/from-record-scope";
import { requirePageUser } from "@/lib/auth/session";
import { upgradeAnswers } from "@/lib/checklist/normalise";
import { getOwnDraft } from "@/lib/dal/draft-access";

/** Holds the one form for all steps, seeded from the saved draft. */
export default async function DraftLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ draftId: string }>;
}) {
  const { draftId } = await params;
  const user = await requirePageUser("clinician", `/checklist/${draftId}`);
  const draft = await getOwnDraft(user, draftId);
  if (!draft) notFound();
  if (draft.assessmentId) redirect(`/assessments/${draft.assessmentId}`);
  return (
    <FromRecordScope user={user} draftId={draft.id} answers={draft.answers}>
      <WizardProvider
        draftId={draft.id}
        version={draft.updatedAt.toISOString()}
        // A draft saved before a question changed is brought to today's questions, on the server.
        initialAnswers={upgradeAnswers(draft.answers)}
        initialStepReached={draft.stepReached}
      >
        {children}
      </WizardProvider>
    </FromRecordScope>
  );
}
