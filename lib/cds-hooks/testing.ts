/**
 * FHIR builders for tests, the bench and the test EHR's CDS client: draft MedicationRequest
 * bundles and chart resources naming kratom, shaped as an EHR sends them.
 */
import { MEDICATIONS_SYSTEM } from "@/lib/fhir/codes";
import type { FhirResource } from "./types";

export interface DraftOrder {
  id: string;
  /** What the EHR shows; read only when no code is known. */
  text: string;
  coding?: { system: string; code: string; display?: string }[];
  status?: string;
}

export const ownCoding = (id: string, display?: string) => ({
  system: MEDICATIONS_SYSTEM,
  code: id,
  ...(display ? { display } : {}),
});

export function medicationRequest(order: DraftOrder, patientId: string): FhirResource {
  return {
    resourceType: "MedicationRequest",
    id: order.id,
    status: order.status ?? "draft",
    intent: "order",
    subject: { reference: `Patient/${patientId}` },
    medicationCodeableConcept: {
      text: order.text,
      ...(order.coding ? { coding: order.coding } : {}),
    },
  };
}

export function draftBundle(orders: DraftOrder[], patientId: string): FhirResource {
  return {
    resourceType: "Bundle",
    type: "collection",
    entry: orders.map((o) => ({ resource: medicationRequest(o, patientId) })),
  };
}

export const searchset = (resources: FhirResource[]): FhirResource => ({
  resourceType: "Bundle",
  type: "searchset",
  entry: resources.map((resource) => ({ resource })),
});

export function kratomStatement(patientId: string, status = "active"): FhirResource {
  return {
    resourceType: "MedicationStatement",
    id: `kratom-${patientId}`,
    status,
    subject: { reference: `Patient/${patientId}` },
    medicationCodeableConcept: { text: "Kratom (Mitragyna speciosa) leaf powder" },
  };
}

export function kratomCondition(patientId: string, clinical = "active"): FhirResource {
  return {
    resourceType: "Condition",
    id: `kratom-use-${patientId}`,
    clinicalStatus: {
      coding: [
        { system: "http://terminology.hl7.org/CodeSystem/condition-clinical", code: clinical },
      ],
    },
    subject: { reference: `Patient/${patientId}` },
    code: { text: "Kratom use disorder, mild" },
  };
}
