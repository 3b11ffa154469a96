import "server-only";
import type { MedicationEntry, MedicationResource } from "@/lib/fhir/prefill";
import type { RecordPatient } from "@/lib/fhir/prefill-answers";
import { bundleResources, type FhirContext, failureText, fhirGet } from "./fhir-client";
import { grants } from "./scopes";

/** What the record gave, and a sentence for each part that could not be read. */
export interface RecordRead {
  patient?: RecordPatient;
  entries: MedicationEntry[];
  medications: Map<string, MedicationResource>;
  problems: string[];
}

const MAX_MEDICATION_READS = 60;

/**
 * Reads the launch patient and their active medicines, the three searches at once. A part the
 * token's scopes do not allow is not asked for; a part that fails (timeout, 401, 403, an error)
 * becomes a problem sentence and the checklist goes on by hand for it.
 */
export async function readRecord(
  ctx: FhirContext,
  patientId: string,
  scope: string,
): Promise<RecordRead> {
  const out: RecordRead = { entries: [], medications: new Map(), problems: [] };
  const pid = encodeURIComponent(patientId);
  const part = async <T>(
    label: string,
    type: string,
    read: () => Promise<T>,
  ): Promise<T | undefined> => {
    if (!grants(scope, type, "read")) {
      out.problems.push(
        `${label} could not be read: the EHR did not grant the app access to ${type}.`,
      );
      return undefined;
    }
    try {
      return await read();
    } catch (error) {
      out.problems.push(`${label} could not be read: ${failureText(error)}.`);
      return undefined;
    }
  };
  const [patient, requests, statements] = await Promise.all([
    part("The patient's age and sex", "Patient", () => fhirGet(ctx, `Patient/${pid}`)),
    part("Prescribed medicines (MedicationRequest)", "MedicationRequest", () =>
      fhirGet(ctx, `MedicationRequest?patient=${pid}&status=active&_count=100`),
    ),
    part("Reported medicines (MedicationStatement)", "MedicationStatement", () =>
      fhirGet(ctx, `MedicationStatement?patient=${pid}&status=active&_count=100`),
    ),
  ]);
  if (patient) out.patient = { birthDate: patient.birthDate, gender: patient.gender };
  for (const [bundle, type] of [
    [requests, "MedicationRequest"],
    [statements, "MedicationStatement"],
  ] as const)
    if (bundle)
      for (const r of bundleResources(bundle))
        if (r.resourceType === type) out.entries.push(r as unknown as MedicationEntry);
  const refs = [
    ...new Set(
      out.entries
        .map((e) => e.medicationReference?.reference)
        .filter((r): r is string => Boolean(r?.startsWith("Medication/"))),
    ),
  ];
  const meds = await part("Some medicine names (Medication)", "Medication", () =>
    Promise.allSettled(refs.slice(0, MAX_MEDICATION_READS).map((ref) => fhirGet(ctx, ref))),
  );
  let unread = 0;
  for (const [i, result] of (meds ?? []).entries()) {
    if (result.status === "fulfilled")
      out.medications.set(refs[i], result.value as unknown as MedicationResource);
    else unread++;
  }
  if (unread > 0)
    out.problems.push(
      `${unread} medicine name(s) could not be read from their Medication; they are listed as not recognised.`,
    );
  return out;
}
