import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ComponentType } from "react";
import { requirePageUser } from "@/lib/auth/session";
import { REVIEW_SLUG, stepBySlug } from "@/lib/checklist/steps";
import { getOwnDraft } from "@/lib/dal/draft-access";

type Props = { params: Promise<{ draftId: string }> };

/** The tab title of a step. */
export function stepMetadata(slug: string): Metadata {
  return {
    title: slug === REVIEW_SLUG ? "Review and submit" : (stepBySlug(slug)?.title ?? "Checklist"),
  };
}

/**
 * One route per step (patient/, use-pattern/, … review/), each importing only its own step
 * component: a single `[step]` page importing all seven shipped every step's code in each step's
 * first load. An unknown slug has no folder, so it is Next's 404 as before.
 */
export function stepPage(slug: string, Step: ComponentType) {
  return async function StepPage({ params }: Props) {
    const { draftId } = await params;
    const user = await requirePageUser("clinician", `/checklist/${draftId}/${slug}`);
    // Ownership here as well as in the layout: an RSC request for just this segment skips the
    // layout's render, and must still get a 404 for someone else's draft.
    if (!(await getOwnDraft(user, draftId))) notFound();
    return <Step />;
  };
}
