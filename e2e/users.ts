export const E2E_USERS = {
  clinicianA: {
    email: "e2e-clinician-a@test.local",
    name: "Dr A",
    role: "clinician",
    clinic: "E2E Clinic One",
    password: "e2e-password-clinician-a",
  },
  clinicianB: {
    email: "e2e-clinician-b@test.local",
    name: "Dr B",
    role: "clinician",
    clinic: "E2E Clinic One",
    password: "e2e-password-clinician-b",
  },
  clinicianC: {
    email: "e2e-clinician-c@test.local",
    name: "Dr C",
    role: "clinician",
    clinic: "E2E Clinic Two",
    password: "e2e-password-clinician-c",
  },
  // The test EHR's linked clinician (e2e/clinician/ehr-launch.spec.ts): signing out forgets every
  // EHR token of the user, so a spec signing clinician A out in parallel must not end this launch.
  clinicianEhr: {
    email: "e2e-clinician-ehr@test.local",
    name: "Dr EHR",
    role: "clinician",
    clinic: "E2E Clinic One",
    password: "e2e-password-clinician-ehr",
  },
  // The CDS Hooks demo's clinician (e2e/ehr/cds-card.spec.ts), alone in a clinic so its demo
  // checklist changes no other spec's lists or figures.
  clinicianCds: {
    email: "e2e-clinician-cds@test.local",
    name: "Dr CDS",
    role: "clinician",
    clinic: "E2E Clinic CDS",
    password: "e2e-password-clinician-cds",
  },
  admin: {
    email: "e2e-admin@test.local",
    name: "E2E Admin",
    role: "admin",
    clinic: "E2E Clinic One",
    password: "e2e-password-admin-one",
  },
} as const;
export type E2EUser = keyof typeof E2E_USERS;
