/**
 * The checklist as a FHIR R4 Questionnaire: one group per wizard step (from `steps`), one item
 * per question (from questionnaire-items.ts). Pure and deterministic, so the route handler,
 * the QuestionnaireResponse builder and the tests all see the same resource.
 */
import { steps } from "@/lib/checklist/steps";
import { QUESTIONNAIRE_URL } from "./codes";
import { itemsByStep } from "./questionnaire-items";
import type { Questionnaire, QuestionnaireItem } from "./types";

/**
 * Bump when a question, an option or a condition changes: stored responses name the version
 * they answer. questionnaire-version.test.ts fails on any change until this and the
 * fingerprint recorded there are updated together.
 */
export const QUESTIONNAIRE_VERSION = "1.4.0";

/** The canonical reference a QuestionnaireResponse uses: `url|version`. */
export const QUESTIONNAIRE_CANONICAL = `${QUESTIONNAIRE_URL}|${QUESTIONNAIRE_VERSION}`;

export function buildQuestionnaire(): Questionnaire {
  return {
    resourceType: "Questionnaire",
    id: "kratom-risk-checklist",
    url: QUESTIONNAIRE_URL,
    version: QUESTIONNAIRE_VERSION,
    name: "KratomRiskChecklist",
    title: "Kratom risk checklist",
    status: "active",
    subjectType: ["Patient"],
    publisher: "Kratom risk checklist project",
    description:
      "Clinician-completed intake checklist for patients who use kratom: use pattern, interacting medicines, dependence and withdrawal, skin changes and other harms. It supports clinical judgement; it does not diagnose.",
    item: steps.map(
      (step): QuestionnaireItem => ({
        linkId: step.key,
        text: step.title,
        type: "group",
        required: true,
        item: itemsByStep[step.key],
      }),
    ),
  };
}

/** Built once: the result is treated as read-only by every caller. */
export const questionnaire: Questionnaire = buildQuestionnaire();

/** Every item, depth first, for lookups by linkId. */
export function flattenItems(items: readonly QuestionnaireItem[]): QuestionnaireItem[] {
  return items.flatMap((item) => [item, ...flattenItems(item.item ?? [])]);
}
