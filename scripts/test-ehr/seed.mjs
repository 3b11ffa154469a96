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

// A long medicine list (30 entries), as an older patient's record can hold: the prefill's figure
// in `npm run bench` (scripts/bench/prefill-stage.mjs) launches with it. Every path is in it:
// RxNorm-coded requests, Medication references, plain text with dose and form words, reported
// statements, and names the vocabulary does not know.
const LONG_LIST = [
  ...[
    ["10689", "tramadol"],
    ["72625", "duloxetine"],
    ["36437", "sertraline"],
    ["596", "alprazolam"],
    ["39993", "zolpidem"],
    ["25480", "gabapentin"],
    ["11289", "warfarin"],
    ["6813", "methadone"],
    ["3322", "diazepam"],
    ["51272", "quetiapine"],
    ["187832", "pregabalin"],
    ["4493", "fluoxetine"],
  ].map(([code, name]) => ({ type: "MedicationRequest", concept: rx(code, name) })),
  ...[
    ["7804", "oxycodone"],
    ["6470", "lorazepam"],
    ["704", "amitriptyline"],
    ["10737", "trazodone"],
  ].map(([code, name]) => ({ type: "MedicationRequest", medication: { code: rx(code, name) } })),
  ...[
    "Citalopram 20 mg tablet",
    "Venlafaxine 75 mg capsule",
    "Clonazepam 0.5 mg tablet",
    "Hydrocodone 10 mg",
    "Buprenorphine 8 mg sublingual",
    "Escitalopram 10 mg",
  ].map((name) => ({ type: "MedicationRequest", concept: text(name) })),
  ...["Paroxetine 20 mg", "Acetaminophen 500 mg", "Minocycline 100 mg", "Morphine 15 mg"].map(
    (name) => ({ type: "MedicationStatement", concept: text(name) }),
  ),
  ...["Zentravil 20 mg", "Calmora night drops", "Herbal sleep blend", "Vitamin D3 1000 IU"].map(
    (name) => ({ type: "MedicationStatement", concept: text(name) }),
  ),
];

PATIENTS.push({
  id: "pt-long-list",
  label: "A long medicine list (30 entries)",
  patient: {
    gender: "female",
    birthDate: "1949-02-11",
    name: [{ family: "Evans", given: ["Jo"] }],
  },
  medicines: LONG_LIST,
});

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
