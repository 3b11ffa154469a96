/**
 * The medicines in a hook's draft orders. order-select names the orders just chosen in
 * `context.selections`; the other draft orders are already on the same order form and count as
 * medicines the patient will take. order-sign signs them all, so all are new.
 */

import type { Medication } from "@/lib/medications";
import { isResource, resourcesOf, text } from "./fhir-read";
import { type CodeTable, type MappedMedicine, mapConcept, ownCodes } from "./medication-map";
import type { FhirResource } from "./types";

export interface OrderedMedicine {
  /** "MedicationRequest/<id>", or undefined when the draft has no id. */
  ref?: string;
  /** Judged now (selected, or being signed), or only taken along as a co-medication. */
  isNew: boolean;
  mapped: MappedMedicine;
}

/** Orders that no longer stand are not judged. */
const GONE = new Set(["cancelled", "entered-in-error", "stopped", "completed"]);

/** A medicationReference resolved inside the request: contained, or an entry of the bundle. */
function referencedMedication(
  order: FhirResource,
  bundle: FhirResource[],
): FhirResource | undefined {
  const ref = text((order.medicationReference as { reference?: unknown })?.reference);
  if (!ref) return undefined;
  const contained = Array.isArray(order.contained) ? order.contained.filter(isResource) : [];
  if (ref.startsWith("#")) return contained.find((r) => r.id === ref.slice(1));
  const id = ref.split("/").pop();
  return bundle.find((r) => r.resourceType === "Medication" && r.id === id);
}

export function draftMedicines(
  draftOrders: unknown,
  selections: readonly string[] | undefined,
  codes: CodeTable = ownCodes,
): OrderedMedicine[] {
  const medications = resourcesOf(draftOrders, "Medication");
  const selected = selections ? new Set(selections) : undefined;
  return resourcesOf(draftOrders, "MedicationRequest")
    .filter((order) => !GONE.has(String(order.status ?? "")))
    .map((order) => {
      const ref = order.id ? `MedicationRequest/${order.id}` : undefined;
      const concept =
        order.medicationCodeableConcept ?? referencedMedication(order, medications)?.code;
      return {
        ref,
        isNew: !selected || (ref !== undefined && selected.has(ref)),
        mapped: mapConcept(concept, codes),
      };
    });
}

const NOT_TAKEN = new Set(["stopped", "completed", "not-taken", "entered-in-error", "cancelled"]);

/**
 * What the chart says the patient takes now (active MedicationRequests, current
 * MedicationStatements), mapped under the same exact-name-or-code rule; unmatched ones are left
 * out, as an unrecognised free-text medicine adds no finding.
 */
export function currentMedicines(
  requests: unknown,
  statements: unknown,
  codes: CodeTable = ownCodes,
): Medication[] {
  const resources = [
    ...resourcesOf(requests, "MedicationRequest"),
    ...resourcesOf(statements, "MedicationStatement"),
  ].filter((r) => !NOT_TAKEN.has(String(r.status ?? "")));
  const found = new Map<string, Medication>();
  for (const r of resources) {
    const concept = r.medicationCodeableConcept ?? referencedMedication(r, [])?.code;
    const mapped = mapConcept(concept, codes);
    if (mapped.status === "matched") found.set(mapped.medication.id, mapped.medication);
  }
  return [...found.values()];
}
