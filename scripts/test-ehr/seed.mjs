// Synthetic patients for the test EHR: invented names and dates, no real person. Each one
// exercises a path of the prefill (docs/ehr-integration.md): RxNorm codes, display text only,
// a Medication reference, a MedicationStatement, a brand the vocabulary does not know.
const RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";

const rx = (code, display) => ({ coding: [{ system: RXNORM, code, display }], text: display });
const text = (display) => ({ text: display });

export const PRACTITIONER = {
  resourceType: "Practitioner",
  id: "dr-demo",
  identifier: [{ system: "urn:test-ehr:staff", value: "dr-demo" }],
  name: [{ given: ["Dana"], family: "Demo", prefix: ["Dr"] }],
  telecom: [{ system: "email", value: "clinician@demo.test" }],
};

/** Patients by id: a short label for the EHR page, the Patient, and its medicine entries. */
export const PATIENTS = [
  {
    id: "pt-tramadol",
    label: "Tramadol + duloxetine (RxNorm codes)",
    patient: {
      gender: "female",
      birthDate: "1968-04-12",
      name: [{ family: "Avery", given: ["Robin"] }],
    },
    medicines: [
      { type: "MedicationRequest", concept: rx("10689", "tramadol") },
      { type: "MedicationRequest", concept: rx("72625", "duloxetine") },
    ],
  },
  {
    id: "pt-benzo-opioid",
    label: "Benzodiazepine + opioid (text and a Medication reference)",
    patient: {
      gender: "male",
      birthDate: "1957-09-30",
      name: [{ family: "Baker", given: ["Sam"] }],
    },
    medicines: [
      { type: "MedicationRequest", concept: text("Alprazolam 0.5 mg tablet") },
      { type: "MedicationRequest", medication: { code: rx("7804", "oxycodone") } },
      { type: "MedicationStatement", concept: text("Zolpidem") },
    ],
  },
  {
    id: "pt-unknown-brand",
    label: "An unrecognised brand (listed, not dropped)",
    patient: {
      gender: "unknown",
      birthDate: "1931-01-20",
      name: [{ family: "Chen", given: ["Lee"] }],
    },
    medicines: [
      { type: "MedicationStatement", concept: text("Zentravil 20 mg") },
      { type: "MedicationRequest", concept: text("sertraline") },
    ],
  },
  {
    // The CDS Hooks demo's patient (scripts/test-ehr/cds-demo.ts): ordering oxycodone for them
    // shows the kratom card, whose link opens their checklist's summary.
    id: "pt-kratom",
    label: "Daily kratom use (decision support demo: order oxycodone)",
    patient: {
      gender: "male",
      birthDate: "1979-06-02",
      name: [{ family: "Diaz", given: ["Kim"] }],
    },
    medicines: [{ type: "MedicationStatement", concept: text("Kratom leaf powder") }],
  },
];

/** Creates the practitioner, the patients, one encounter each and their medicine entries. */
export async function seed(repo) {
  await repo.updateResource(PRACTITIONER);
  for (const p of PATIENTS) {
    await repo.updateResource({ resourceType: "Patient", id: p.id, ...p.patient });
    const subject = { reference: `Patient/${p.id}` };
    await repo.updateResource({
      resourceType: "Encounter",
      id: `enc-${p.id}`,
      status: "in-progress",
      class: { system: "http://terminology.hl7.org/CodeSystem/v3-ActCode", code: "AMB" },
      subject,
    });
    for (const m of p.medicines) {
      let medication = { medicationCodeableConcept: m.concept };
      if (m.medication) {
        const med = await repo.createResource({ resourceType: "Medication", ...m.medication });
        medication = { medicationReference: { reference: `Medication/${med.id}` } };
      }
      await repo.createResource(
        m.type === "MedicationRequest"
          ? { resourceType: m.type, status: "active", intent: "order", subject, ...medication }
          : { resourceType: m.type, status: "active", subject, ...medication },
      );
    }
  }
}
