// The SMART launch and the CDS Hooks service meet, end to end against the real test EHR: a
// clinician launches the checklist for a patient and submits; the same EHR's signed order-select
// call for that patient gets its cards from that checklist; the card's SMART link, launched
// through the EHR with its appContext, opens that summary, and only for its clinician and patient.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import type { Card } from "@/lib/cds-hooks/types";
import { submitAssessment } from "@/lib/dal/assessments";
import { registerCdsClient } from "@/lib/dal/cds-clients";
import { createCdsClient, orderRequest, serve } from "@/scripts/test-ehr/cds-client";
import type { TestEhr } from "@/scripts/test-ehr/index.mjs";
import { validInput } from "./helpers/answers";
import { BASE, SELECT, send } from "./helpers/cds";
import { SmartBrowser } from "./helpers/smart-browser";
import { draftIdOf, launchUrl, registeredTestEhr } from "./helpers/test-ehr";
import { makeUser } from "./helpers/users";
import { rawDb } from "./security-fixtures";

let ehr: TestEhr;
let admin: SessionUser;
let clinician: SessionUser;
let cds: Awaited<ReturnType<typeof createCdsClient>>;
let keys: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  ({ ehr, admin, clinician } = await registeredTestEhr());
  // The same EHR as a CDS client: its JWT issuer is its own, its FHIR server the SMART issuer.
  cds = await createCdsClient({ issuer: `${ehr.baseUrl}/cds-${randomUUID()}`, send });
  keys = await serve([cds.jwksHandler("/jwks.json")]);
  const registered = await registerCdsClient(admin, {
    name: "Test EHR",
    issuer: cds.issuer,
    jwksUrl: `${keys.url}/jwks.json`,
    fhirServer: ehr.fhirBase,
    patientViewEnabled: false,
  });
  expect(registered.status).toBe("registered");
});
afterAll(async () => {
  await keys?.close();
  await ehr?.stop();
});

/** A launch from the EHR for `patient`, then a submitted daily-kratom checklist from its draft. */
async function launchAndSubmit(patient: string, who = clinician) {
  const { url } = await new SmartBrowser().follow(await launchUrl(ehr, patient));
  const draftId = draftIdOf(url);
  const input = validInput("EHR-LAUNCHED", {
    medications: { medicationIds: [], otherMedicines: "", noneTaken: true },
  });
  input.usePattern = { ...input.usePattern, frequency: "daily", coUsed: ["none"] };
  const stored = await submitAssessment(who, draftId, input);
  if (stored.status === "no-draft") throw new Error("the launched draft was not submitted");
  return stored.assessmentId;
}

async function cardsFor(patientId: string, text: string): Promise<Card[]> {
  const res = await cds.hook(
    BASE,
    SELECT,
    orderRequest({ patientId, orders: [{ id: randomUUID(), text }] }),
  );
  expect(res.status).toBe(200);
  return ((await res.json()) as { cards: Card[] }).cards;
}

/** Launches the card's SMART link through the EHR (its launcher passes the appContext on). */
async function launchLink(card: Card, patient: string) {
  const link = card.links?.[0];
  if (link?.type !== "smart" || !link.appContext) throw new Error("no SMART link");
  const res = await fetch(
    `${ehr.baseUrl}/ehr/launch?patient=${patient}&appContext=${encodeURIComponent(link.appContext)}`,
    { redirect: "manual" },
  );
  return (await new SmartBrowser().follow(new URL(res.headers.get("location") ?? ""))).url;
}

describe("launch, submit, order, card, summary", () => {
  it("stores the EHR patient's keyed hash on the assessment a launch submitted", async () => {
    const assessmentId = await launchAndSubmit("pt-tramadol");
    const row = await rawDb.assessment.findUniqueOrThrow({ where: { id: assessmentId } });
    expect(row.fhirPatientKey).toMatch(/^[0-9a-f]{64}$/);
    // The reference the launch prefilled is cut from the same hash.
    const launch = await rawDb.ehrLaunch.findUniqueOrThrow({ where: { draftId: row.draftId } });
    expect(launch.fhirPatientKey).toBe(row.fhirPatientKey);
  });

  it("answers the EHR's signed order-select for that patient with a card from that checklist", async () => {
    const assessmentId = await launchAndSubmit("pt-benzo-opioid");
    const [card] = await cardsFor("pt-benzo-opioid", "oxycodone 10 mg tablet");
    expect(card.indicator).toBe("critical");
    expect(card.summary).toMatch(/oxycodone/i);
    expect(JSON.parse(card.links?.[0].appContext ?? "{}")).toEqual({
      open: "summary",
      assessmentId,
    });
    // A patient of the same EHR with no checklist gets no card from someone else's.
    expect(await cardsFor("pt-unknown-brand", "oxycodone 10 mg tablet")).toEqual([]);
  });

  it("opens the summary the card's link asks for, through the EHR's SMART launch", async () => {
    const assessmentId = await launchAndSubmit("pt-benzo-opioid");
    const [card] = await cardsFor("pt-benzo-opioid", "oxycodone 10 mg tablet");
    const landed = await launchLink(card, "pt-benzo-opioid");
    expect(landed.pathname).toBe(`/assessments/${assessmentId}`);
    const launch = await rawDb.ehrLaunch.findFirstOrThrow({
      where: { userId: clinician.id, draftId: null, fhirPatientKey: { not: null } },
      orderBy: { createdAt: "desc" },
    });
    const audited = await rawDb.auditEvent.count({
      where: { action: "ehr.launched", targetId: launch.id },
    });
    expect(audited).toBe(1);
  });

  it("opens a new prefilled checklist instead when the summary is another patient's", async () => {
    await launchAndSubmit("pt-benzo-opioid");
    const [card] = await cardsFor("pt-benzo-opioid", "oxycodone 10 mg tablet");
    // The same link launched for another patient: never that summary.
    const landed = await launchLink(card, "pt-tramadol");
    const draft = draftIdOf(landed);
    expect(await rawDb.ehrLaunch.count({ where: { draftId: draft } })).toBe(1);
  });

  it("opens a new prefilled checklist instead when the summary is another clinician's", async () => {
    // Another clinician of the same clinic checked the patient; the EHR's user is `clinician`.
    const colleague = await makeUser("clinician");
    await rawDb.user.update({ where: { id: colleague.id }, data: { clinicId: admin.clinicId } });
    const { createDraft } = await import("@/lib/dal/drafts");
    const theirs = await submitAssessment(
      { ...colleague, clinicId: admin.clinicId },
      await createDraft({ ...colleague, clinicId: admin.clinicId }),
      validInput("THEIRS"),
    );
    if (theirs.status === "no-draft") throw new Error("unreachable");
    const forged: Card = {
      uuid: randomUUID(),
      summary: "",
      indicator: "info",
      source: { label: "" },
      links: [
        {
          label: "Open",
          url: `${BASE}/launch`,
          type: "smart",
          appContext: JSON.stringify({ open: "summary", assessmentId: theirs.assessmentId }),
        },
      ],
    };
    expect(draftIdOf(await launchLink(forged, "pt-tramadol"))).toMatch(/^[0-9a-f-]{36}$/);
  });
});
