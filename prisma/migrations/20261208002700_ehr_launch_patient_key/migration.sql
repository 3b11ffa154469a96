-- The keyed hash of the launch's EHR patient (lib/security/fhir-patient-ref.ts), set when the
-- launch opens its draft; the submit statement copies it to the assessment it inserts, so the
-- CDS service finds the assessment by the patient the EHR calls about (docs/ehr-integration.md).
ALTER TABLE "ehr_launch" ADD COLUMN "fhirPatientKey" VARCHAR(64);
