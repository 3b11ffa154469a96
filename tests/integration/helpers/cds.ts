/**
 * Shared by the CDS Hooks integration files: a real CDS client (scripts/test-ehr/cds-client.ts)
 * that signs its JWTs with jose and serves its JWKS over node:http, registered for a clinic whose
 * daily kratom user has a checklist linked to the EHR's patient id, and a `send` that hands
 * requests to the route handlers as Next would.
 */
import { randomUUID } from "node:crypto";
import { Client } from "pg";
import { afterAll, beforeAll, expect } from "vitest";
import type { Card } from "@/lib/cds-hooks/types";
import { createDraft } from "@/lib/dal/drafts";
import { fhirPatientKey } from "@/lib/security/fhir-patient-ref";
import {
  type CdsClient,
  createCdsClient,
  orderRequest,
  serve,
} from "@/scripts/test-ehr/cds-client";
import { validInput } from "./answers";
import { makeUser } from "./users";

// A generous budget in these files, so a loaded test machine cannot turn a card into an empty
// answer; the budget test stalls a lookup for longer than any budget. Speed is the bench's.
// (Configuration is read on first use, per test file, after this line has run.)
process.env.CDS_HOOK_BUDGET_MS = "2000";

const { submitAssessment } = await import("@/lib/dal/assessments");
const { registerCdsClient } = await import("@/lib/dal/cds-clients");
const hookRoute = await import("@/app/cds-services/[id]/route");
const feedbackRoute = await import("@/app/cds-services/[id]/feedback/route");

export const BASE = "http://127.0.0.1:3100"; // BETTER_AUTH_URL in vitest.config.ts
export const SELECT = "kratom-order-select";

/** Dispatches to the route handlers as Next would (they share lib/cds-server/endpoint.ts). */
export const send = async (req: Request) => {
  const [, , , feedback] = new URL(req.url).pathname.split("/");
  return feedback ? feedbackRoute.POST(req) : hookRoute.POST(req);
};

/** As the database owner, as the other fixtures (the app's role may not update a submitted row). */
export async function sql<T = Record<string, unknown>>(
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new Client({
    connectionString: process.env.MIGRATION_DATABASE_URL ?? process.env.DATABASE_URL,
  });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

export interface CdsWorld {
  ehr: CdsClient;
  jwks: Awaited<ReturnType<typeof serve>>;
  admin: Awaited<ReturnType<typeof makeUser>>;
  /** A daily kratom user with a checklist in the admin's clinic, linked to the EHR's patient id. */
  dailyPatient: string;
}

export async function cdsWorld(): Promise<CdsWorld> {
  const ehr = await createCdsClient({ issuer: `https://ehr-${randomUUID()}.test/fhir`, send });
  const jwks = await serve([ehr.jwksHandler("/jwks.json")]);
  const admin = await makeUser("admin");
  const registered = await registerCdsClient(admin, {
    name: "Test EHR",
    issuer: ehr.issuer,
    jwksUrl: `${jwks.url}/jwks.json`,
    patientViewEnabled: false,
  });
  expect(registered.status).toBe("registered");

  // Launched from the EHR, the SMART launch stores the keyed hash of issuer and patient id on
  // the checklist; here it is set directly.
  const clinician = await makeUser("clinician");
  await sql('update "user" set "clinicId" = $1 where id = $2', [admin.clinicId, clinician.id]);
  clinician.clinicId = admin.clinicId;
  const input = validInput("MRN-CDS-1", {
    medications: { medicationIds: [], otherMedicines: "", noneTaken: true },
  });
  input.usePattern = { ...input.usePattern, frequency: "daily", coUsed: ["none"] };
  const stored = await submitAssessment(clinician, await createDraft(clinician), input);
  if (stored.status === "no-draft") throw new Error("unreachable");
  const dailyPatient = `pat-${randomUUID()}`;
  const key = fhirPatientKey(
    ehr.issuer,
    dailyPatient,
    Buffer.from(process.env.PATIENT_REF_HMAC_KEY ?? "", "base64"),
  );
  await sql('update assessment set "fhirPatientKey" = $1 where id = $2', [
    key,
    stored.assessmentId,
  ]);
  return { ehr, jwks, admin, dailyPatient };
}

/** The cards for one order-select call with one draft order. */
export async function cardsFor(
  ehr: CdsClient,
  patientId: string,
  text: string,
  extra: Partial<Parameters<typeof orderRequest>[0]> = {},
): Promise<Card[]> {
  const orderId = extra.orders?.[0]?.id ?? randomUUID();
  const res = await ehr.hook(
    BASE,
    SELECT,
    orderRequest({ patientId, orders: [{ id: orderId, text }], ...extra }),
  );
  expect(res.status).toBe(200);
  return ((await res.json()) as { cards: Card[] }).cards;
}

/** Sets the world up before the calling file's tests and closes it after; read it inside tests. */
export function withCdsWorld(): CdsWorld {
  const world = {} as CdsWorld;
  beforeAll(async () => {
    Object.assign(world, await cdsWorld());
  });
  afterAll(async () => {
    await world.jwks?.close();
  });
  return world;
}
