/**
 * The services this app offers (the discovery response). order-select and order-sign judge the
 * draft medicine orders; patient-view is listed but answers only for clinics that turned it on.
 * Prefetch asks the EHR for what the judgement needs, so most calls need no FHIR access at all.
 */
import { FHIR_BASE, QUESTIONNAIRE_URL } from "@/lib/fhir/codes";
import type { CdsServiceDefinition, DiscoveryResponse, HookName } from "./types";

const patient = "{{context.patientId}}";

/**
 * Keys are read by kratom-signal.ts and prefetch-data.ts. "assessment" is this app's own latest
 * QuestionnaireResponse, where the EHR stores it (SMART write-back): it is a kratom signal and
 * says how often kratom is used.
 */
export const prefetchTemplates = {
  patient: `Patient/${patient}`,
  medications: `MedicationRequest?patient=${patient}&status=active`,
  statements: `MedicationStatement?patient=${patient}`,
  conditions: `Condition?patient=${patient}`,
  assessment: `QuestionnaireResponse?patient=${patient}&questionnaire=${QUESTIONNAIRE_URL}&_sort=-authored&_count=1`,
} as const;
export type PrefetchKey = keyof typeof prefetchTemplates;

const orderDescription =
  "Checks each medicine in the draft orders against the kratom interaction rules, using the patient's latest kratom checklist in this clinic or, where there is none, kratom use recorded in the chart. Returns no card when there is nothing to say.";

export const cdsServices: readonly CdsServiceDefinition[] = [
  {
    hook: "order-select",
    id: "kratom-order-select",
    title: "Kratom interaction check (order select)",
    description: orderDescription,
    prefetch: { ...prefetchTemplates },
  },
  {
    hook: "order-sign",
    id: "kratom-order-sign",
    title: "Kratom interaction check (order sign)",
    description: orderDescription,
    prefetch: { ...prefetchTemplates },
  },
  {
    hook: "patient-view",
    id: "kratom-patient-view",
    title: "Kratom checklist reminder",
    description:
      "When the chart records kratom use, says whether a kratom checklist exists in this clinic and links to it. Off by default: a clinic admin turns it on per registered EHR.",
    prefetch: {
      patient: prefetchTemplates.patient,
      statements: prefetchTemplates.statements,
      conditions: prefetchTemplates.conditions,
      assessment: prefetchTemplates.assessment,
    },
    usageRequirements: "Turned on per EHR registration by the clinic's admin.",
  },
];

export function discovery(): DiscoveryResponse {
  return { services: cdsServices.map((s) => ({ ...s, prefetch: { ...s.prefetch } })) };
}

export function serviceById(id: string): CdsServiceDefinition | undefined {
  return cdsServices.find((s) => s.id === id);
}

export const isOrderHook = (hook: HookName) => hook === "order-select" || hook === "order-sign";

/** The code system of this app's override reasons (feedback stores only these codes). */
export const OVERRIDE_REASONS_SYSTEM = `${FHIR_BASE}/CodeSystem/cds-override-reasons`;
