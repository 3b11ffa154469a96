import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ComponentType } from "react";
import { DependenceStep } from "@/components/checklist/steps/dependence-step";
import { MedicationsStep } from "@/components/checklist/steps/medications-step";
import { OtherHarmsStep } from "@/components/checklist/steps/other-harms-step";
import { PatientStep } from "@/components/checklist/steps/patient-step";
import { ReviewStep } from "@/components/checklist/steps/review-step";
import { SkinStep } from "@/components/checklist/steps/skin-step";
import { UsePatternStep } from "@/components/checklist/steps/use-pattern-step";
import { requirePageUser } from "@/lib/auth/session";
import { REVIEW_SLUG, stepBySlug } from "@/lib/checklist/steps";
import { getOwnDraft } from "@/lib/dal/draft-access";

const components: Record<string, ComponentType> = {
  patient: PatientStep,
  "use-pattern": UsePatternStep,
  medications: MedicationsStep,
  dependence: DependenceStep,
  skin: SkinStep,
  "other-harms": OtherHarmsStep,
  [REVIEW_SLUG]: ReviewStep,
};

type Props = { params: Promise<{ draftId: string; step: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { step } = await params;
  return {
    title: step === REVIEW_SLUG ? "Review and submit" : (stepBySlug(step)?.title ?? "Checklist"),
  };
}

export default async function StepPage({ params }: Props) {
  const { draftId, step } = await params;
  const user = await requirePageUser("clinician", `/checklist/${draftId}/${step}`);
  const Step = components[step];
  if (!Step) notFound();
  // Ownership here as well as in the layout: an RSC request for just this segment skips the
  // layout's render, and must still get a 404 for someone else's draft.
  if (!(await getOwnDraft(user, draftId))) notFound();
  return <Step />;
}
