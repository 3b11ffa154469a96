/**
 * The CDS Hooks service end to end: a real CDS client (scripts/test-ehr/cds-client.ts) signs its
 * JWTs with jose and serves its JWKS over node:http; the route handlers verify them, judge real
 * MedicationRequest drafts and answer with cards, record them and take feedback.
 */
import { randomUUID } from "node:crypto";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { kratomStatement, searchset } from "@/lib/cds-hooks/testing";
import type { Card } from "@/lib/cds-hooks/types";
import { createDraft } from "@/lib/dal/drafts";
import { fhirPatientKey } from "@/lib/security/fhir-patient-ref";
import {
  type CdsClient,
  createCdsClient,
  orderRequest,
  serve,
} from "@/scripts/test-ehr/cds-client";
import { validInput } from "./helpers/answers";
import { makeUser } from "./helpers/users";

// A generous budget here, so a loaded test machine cannot turn a card into an empty answer; the
// budget test below stalls a lookup for longer than any budget. Speed is measured by the bench.
process.env.CDS_HOOK_BUDGET_MS = "2000";

const { submitAssessment } = await import("@/lib/dal/assessments");
const { registerCdsClient, changeCdsClient } = await import("@/lib/dal/cds-clients");
const { cdsFeedbackFigures } = await import("@/lib/dal/cds-feedback");
const hookRoute = await import("@/app/cds-services/[id]/route");
const feedbackRoute = await import("@/app/cds-services/[id]/feedback/route");
const discoveryRoute = await import("@/app/cds-services/route");

const BASE = "http://127.0.0.1:3100"; // BETTER_AUTH_URL in vitest.config.ts
const SELECT = "kratom-order-select";

/** Dispatches to the route handlers as Next would. */
const send = async (req: Request) => {
  const [, , id, feedback] = new URL(req.url).pathname.split("/");
  const ctx = { params: Promise.resolve({ id }) };
  return feedback ? feedbackRoute.POST(req, ctx) : hookRoute.POST(req, ctx);
};

async function sql<T = Record<string, unknown>>(
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

let ehr: CdsClient;
let jwks: Awaited<ReturnType<typeof serve>>;
let admin: Awaited<ReturnType<typeof makeUser>>;
const dailyPatient = `pat-${randomUUID()}`;
const chartPatient = `pat-${randomUUID()}`;
const quietPatient = `pat-${randomUUID()}`;

async function cardsFor(
  patientId: string,
  text: string,
  extra: Partial<Parameters<typeof orderRequest>[0]> = {},
) {
  const orderId = extra.orders?.[0]?.id ?? randomUUID();
  const res = await ehr.hook(
    BASE,
    SELECT,
    orderRequest({ patientId, orders: [{ id: orderId, text }], ...extra }),
  );
  expect(res.status).toBe(200);
  return ((await res.json()) as { cards: Card[] }).cards;
}

beforeAll(async () => {
  ehr = await createCdsClient({ issuer: `https://ehr-${randomUUID()}.test/fhir`, send });
  jwks = await serve([ehr.jwksHandler("/jwks.json")]);
  admin = await makeUser("admin");
  const registered = await registerCdsClient(admin, {
    name: "Test EHR",
    issuer: ehr.issuer,
    jwksUrl: `${jwks.url}/jwks.json`,
    patientViewEnabled: false,
  });
  expect(registered.status).toBe("registered");

  // A daily kratom user assessed in this clinic, launched from the EHR (the SMART launch stores
  // the keyed hash of issuer and patient id; here it is set directly).
  const clinician = await makeUser("clinician");
  await sql('update "user" set "clinicId" = $1 where id = $2', [admin.clinicId, clinician.id]);
  clinician.clinicId = admin.clinicId;
  const input = validInput("MRN-CDS-1", {
    medications: { medicationIds: [], otherMedicines: "", noneTaken: true },
  });
  input.usePattern = { ...input.usePattern, frequency: "daily", coUsed: ["none"] };
  const stored = await submitAssessment(clinician, await createDraft(clinician), input);
  if (stored.status === "no-draft") throw new Error("unreachable");
  const key = fhirPatientKey(
    ehr.issuer,
    dailyPatient,
    Buffer.from(process.env.PATIENT_REF_HMAC_KEY ?? "", "base64"),
  );
  await sql('update assessment set "fhirPatientKey" = $1 where id = $2', [
    key,
    stored.assessmentId,
  ]);
});

afterAll(async () => {
  await jwks?.close();
});

describe("discovery", () => {
  it("lists the services without a token", async () => {
    const body = await discoveryRoute.GET().json();
    expect(body.services.map((s: { id: string }) => s.id)).toEqual([
      "kratom-order-select",
      "kratom-order-sign",
      "kratom-patient-view",
    ]);
  });
});

describe("orders for a daily kratom user with a checklist in this clinic", () => {
  it.each([
    ["oxycodone 10 mg tablet", "critical", /^Oxycodone and kratom \(used every day\)/],
    ["alprazolam 0.5 mg", "critical", /^Alprazolam and kratom/],
    ["naltrexone 50 mg", "critical", /^Naltrexone and kratom/],
    ["clarithromycin 500 mg", "warning", /^Clarithromycin and kratom/],
    ["sertraline 50 mg", "warning", /^Sertraline and kratom/],
  ])("%s gives one %s card", async (text, indicator, summary) => {
    const cards = await cardsFor(dailyPatient, text);
    expect(cards).toHaveLength(1);
    expect(cards[0].indicator).toBe(indicator);
    expect(cards[0].summary).toMatch(summary);
    expect(cards[0].summary.length).toBeLessThan(140);
    expect(cards[0].links?.[0]).toMatchObject({ type: "smart", url: `${BASE}/launch` });
    const audited = await sql('select action from audit_event where "targetId" = $1', [
      cards[0].uuid,
    ]);
    expect(audited.map((r) => r.action)).toEqual(["cds.card-shown"]);
  });

  it("an unknown medicine or one with no interaction class gives no card", async () => {
    expect(await cardsFor(dailyPatient, "Frobnicator 20 mg")).toEqual([]);
    expect(await cardsFor(dailyPatient, "amoxicillin 500 mg")).toEqual([]);
  });
});

describe("orders for a patient whose chart records kratom", () => {
  it("warns from the chart alone and says how often is unknown", async () => {
    const prefetch = { statements: searchset([kratomStatement(chartPatient)]) };
    const cards = await cardsFor(chartPatient, "naltrexone 50 mg", { prefetch });
    expect(cards).toHaveLength(1);
    expect(cards[0].indicator).toBe("critical");
    expect(cards[0].summary).toContain("how often unknown");
    expect(JSON.parse(cards[0].links?.[0].appContext ?? "{}")).toEqual({ open: "new-checklist" });
  });
});

describe("orders for a patient with no kratom signal", () => {
  it.each(["oxycodone 10 mg", "alprazolam", "naltrexone", "clarithromycin", "sertraline"])(
    "%s gives no card",
    async (text) => {
      expect(
        await cardsFor(quietPatient, text, { prefetch: { statements: searchset([]) } }),
      ).toEqual([]);
    },
  );
});

describe("feedback", () => {
  it("is stored, audited, quiets the same finding on the same order and shows in the figures", async () => {
    const orderId = randomUUID();
    const [card] = await cardsFor(dailyPatient, "oxycodone 10 mg", {
      orders: [{ id: orderId, text: "oxycodone 10 mg" }],
    });
    const res = await ehr.feedback(BASE, SELECT, {
      feedback: [
        {
          card: card.uuid,
          outcome: "overridden",
          overrideReason: { reason: card.overrideReasons?.[0], userComment: "MRN-SECRET-COMMENT" },
          outcomeTimestamp: new Date().toISOString(),
        },
      ],
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ stored: 1 });
    const rows = await sql(
      'select outcome, "overrideReason" from cds_feedback where "cardId" = $1',
      [card.uuid],
    );
    expect(rows).toEqual([{ outcome: "overridden", overrideReason: "benefit-outweighs-risk" }]);
    const text = JSON.stringify(await sql("select * from cds_feedback"));
    expect(text).not.toContain("MRN-SECRET-COMMENT");
    const audited = await sql('select action from audit_event where "targetId" = $1 order by id', [
      card.uuid,
    ]);
    expect(audited.map((r) => r.action)).toEqual(["cds.card-shown", "cds.feedback"]);

    // Signing the same order: the acknowledged finding is not shown again.
    const sign = await ehr.hook(
      BASE,
      "kratom-order-sign",
      orderRequest({
        hook: "order-sign",
        patientId: dailyPatient,
        orders: [{ id: orderId, text: "oxycodone 10 mg" }],
      }),
    );
    expect((await sign.json()).cards).toEqual([]);
    // Another order of the same medicine is a new decision: the card shows.
    expect(await cardsFor(dailyPatient, "oxycodone 10 mg")).toHaveLength(1);

    const figures = await cdsFeedbackFigures(admin);
    expect(figures.overridden).toEqual({ hidden: "small" });
    expect(figures.shown).toEqual({ hidden: "small" });
  });

  it("ignores feedback on a card the caller was not shown", async () => {
    const res = await ehr.feedback(BASE, SELECT, {
      feedback: [
        { card: randomUUID(), outcome: "accepted", outcomeTimestamp: new Date().toISOString() },
      ],
    });
    expect(await res.json()).toEqual({ stored: 0 });
  });
});

describe("patient-view", () => {
  it("is quiet until the clinic turns it on", async () => {
    const body = { ...orderRequest({ patientId: dailyPatient, orders: [] }), hook: "patient-view" };
    const off = await ehr.hook(BASE, "kratom-patient-view", body);
    expect((await off.json()).cards).toEqual([]);
    const [client] = await sql<{ id: string }>("select id from cds_client where issuer = $1", [
      ehr.issuer,
    ]);
    expect(await changeCdsClient(admin, { clientId: client.id, patientViewEnabled: true })).toBe(
      true,
    );
    const on = await ehr.hook(BASE, "kratom-patient-view", { ...body, hookInstance: randomUUID() });
    const cards = (await on.json()).cards as Card[];
    expect(cards).toHaveLength(1);
    expect(cards[0].indicator).toBe("info");
  });
});

describe("a request without a valid token gets 401 and nothing else", () => {
  const body = () =>
    orderRequest({ patientId: dailyPatient, orders: [{ id: "x", text: "oxycodone" }] });
  const aud = `${BASE}/cds-services/${SELECT}`;
  const expect401 = async (res: Response) => {
    expect(res.status).toBe(401);
    expect(await res.text()).toBe("");
  };

  it("forged: signed with another key under the registered issuer and kid", async () => {
    const { generateKeyPair } = await import("jose");
    const { privateKey } = await generateKeyPair("ES384");
    await expect401(
      await ehr.hook(BASE, SELECT, body(), await ehr.token(aud, { key: privateKey })),
    );
  });

  it("expired", async () => {
    await expect401(
      await ehr.hook(BASE, SELECT, body(), await ehr.token(aud, { expiresIn: -120 })),
    );
  });

  it("replayed: the same token a second time", async () => {
    const token = await ehr.token(aud);
    expect((await ehr.hook(BASE, SELECT, body(), token)).status).toBe(200);
    await expect401(await ehr.hook(BASE, SELECT, body(), token));
  });

  it("for another endpoint, from an unregistered issuer, or with no token", async () => {
    await expect401(
      await ehr.hook(
        BASE,
        SELECT,
        body(),
        await ehr.token(`${BASE}/cds-services/kratom-order-sign`),
      ),
    );
    await expect401(
      await ehr.hook(BASE, SELECT, body(), await ehr.token(aud, { issuer: "https://other.test" })),
    );
    await expect401(
      await send(
        new Request(aud, {
          method: "POST",
          body: JSON.stringify(body()),
          headers: { "Content-Type": "application/json" },
        }),
      ),
    );
  });

  it("feedback too", async () => {
    const res = await send(
      new Request(`${aud}/feedback`, {
        method: "POST",
        headers: { Authorization: `Bearer ${await ehr.token(aud, { expiresIn: -120 })}` },
        body: "{}",
      }),
    );
    await expect401(res);
  });
});

describe("the time budget", () => {
  it("answers an empty card list when a lookup is slow", async () => {
    const slow = await createCdsClient({ issuer: `https://slow-${randomUUID()}.test`, send });
    const stall = await serve([async () => new Promise<boolean>(() => {})]);
    await registerCdsClient(admin, {
      name: "Slow EHR",
      issuer: slow.issuer,
      jwksUrl: `${stall.url}/jwks.json`,
      patientViewEnabled: false,
    });
    const started = Date.now();
    const res = await slow.hook(
      BASE,
      SELECT,
      orderRequest({ patientId: dailyPatient, orders: [{ id: "s", text: "oxycodone" }] }),
    );
    expect(res.status).toBe(200);
    expect((await res.json()).cards).toEqual([]);
    // The stalled key set never answers (jose would give up after 6 s): the budget answered.
    expect(Date.now() - started).toBeLessThan(5_000);
    await stall.close();
  });
});

describe("registering an EHR (admin action)", () => {
  const input = (issuer: string, jwksUrl = "https://ehr.example/jwks.json") => ({
    name: "Another EHR",
    issuer,
    jwksUrl,
    fhirServer: "",
    patientViewEnabled: false,
  });

  it("lets an admin register one for their clinic, audited, and refuses clinicians", async () => {
    const { registerCdsClientAction } = await import("@/lib/actions/cds-client-actions");
    const { asRequestFrom } = await import("./helpers/action-context");
    const issuer = `https://ehr-${randomUUID()}.example`;
    asRequestFrom(BASE, admin);
    const ok = await registerCdsClientAction(input(issuer));
    expect(ok.ok).toBe(true);
    const [row] = await sql<{ clinicId: string; id: string }>(
      'select "clinicId", id from cds_client where issuer = $1',
      [issuer],
    );
    expect(row.clinicId).toBe(admin.clinicId);
    const audited = await sql('select action from audit_event where "targetId" = $1', [row.id]);
    expect(audited.map((r) => r.action)).toEqual(["cds-client.registered"]);

    const taken = await registerCdsClientAction(input(issuer));
    expect(taken.ok === false && taken.fieldErrors?.issuer?.[0]).toMatch(/already registered/);
    const plain = await registerCdsClientAction(
      input(`${issuer}/2`, "http://ehr.example/jwks.json"),
    );
    expect(plain.ok === false && plain.fieldErrors?.jwksUrl?.[0]).toMatch(/https/);

    asRequestFrom(BASE, await makeUser("clinician"));
    expect((await registerCdsClientAction(input(`${issuer}/3`))).ok).toBe(false);
    asRequestFrom(null, null);
  });
});

describe("the test EHR's demo order page", () => {
  it("ordering oxycodone for the demo kratom patient shows the card, whose link opens the summary", async () => {
    const { cdsDemoRoutes } = await import("@/scripts/test-ehr/cds-demo-routes");
    const { prepareCdsDemo } = await import("@/scripts/cds-demo-seed");
    const { ensureClinic, upsertAccount } = await import("@/prisma/accounts");
    const { scriptClient } = await import("@/prisma/client");
    const email = `clinician-${randomUUID()}@demo.test`;
    const seedDb = scriptClient();
    await upsertAccount(seedDb, {
      email,
      name: "Demo",
      role: "clinician",
      clinicId: await ensureClinic(seedDb, `Demo ${randomUUID()}`),
      password: "integration-test-pass",
    });
    await seedDb.$disconnect();

    const demoEhr = await createCdsClient({
      issuer: `https://demo-ehr-${randomUUID()}.test`,
      send,
    });
    const routes = cdsDemoRoutes({ appUrl: BASE, client: demoEhr, patientId: "demo-kratom" });
    const site = await serve(routes.handlers);
    const id = await prepareCdsDemo({
      issuer: demoEhr.issuer,
      jwksUrl: `${site.url}/cds/jwks.json`,
      patientId: "demo-kratom",
      clinicianEmail: email,
    });
    // Idempotent: the same checklist the second time.
    expect(
      await prepareCdsDemo({
        issuer: demoEhr.issuer,
        jwksUrl: `${site.url}/cds/jwks.json`,
        patientId: "demo-kratom",
        clinicianEmail: email,
      }),
    ).toBe(id);

    expect(await (await fetch(`${site.url}/demo/cds`)).text()).toContain("<form");
    const res = await fetch(`${site.url}/demo/cds/order`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "medicine=oxycodone+10+mg+tablet",
    });
    const html = await res.text();
    expect(html).toContain("<strong>CRITICAL</strong>: Oxycodone and kratom (used every day)");
    expect(html).toContain(`href="${BASE}/assessments/${id}">Open the kratom summary</a>`);
    await site.close();
  });
});

describe("keys come only from the registered JWKS", () => {
  it("refuses a token whose jku names another key set, even when signed by the registered key", async () => {
    const aud = `${BASE}/cds-services/${SELECT}`;
    const body = () =>
      orderRequest({ patientId: dailyPatient, orders: [{ id: "j", text: "oxycodone" }] });
    const foreign = await ehr.token(aud, { jku: "https://elsewhere.test/jwks.json" });
    expect((await ehr.hook(BASE, SELECT, body(), foreign)).status).toBe(401);
    const registered = await ehr.token(aud, { jku: `${jwks.url}/jwks.json` });
    expect((await ehr.hook(BASE, SELECT, body(), registered)).status).toBe(200);
  });
});

describe("hostile bodies from a registered EHR", () => {
  it("get a 400 or 413 with a message, never an error and never a card", async () => {
    const fc = (await import("fast-check")).default;
    const body = fc.oneof(
      fc.anything({ maxDepth: 4 }),
      fc.record({
        hook: fc.string(),
        hookInstance: fc.anything(),
        context: fc.anything(),
        prefetch: fc.anything(),
      }),
      fc.constant({
        ...orderRequest({ patientId: dailyPatient, orders: [] }),
        context: { patientId: 7 },
      }),
      fc.constant({
        feedback: [
          { card: "x".repeat(5000), outcome: "overridden", outcomeTimestamp: "yesterday" },
        ],
      }),
    );
    await fc.assert(
      fc.asyncProperty(body, fc.boolean(), async (value, toFeedback) => {
        const res = toFeedback
          ? await ehr.feedback(BASE, SELECT, value)
          : await ehr.hook(BASE, SELECT, value);
        expect([400, 413]).toContain(res.status);
        const answer = await res.json();
        expect(typeof answer.error).toBe("string");
        expect(answer).not.toHaveProperty("cards");
      }),
      { numRuns: 40 },
    );
  });

  it("a body over the limit is refused unread", async () => {
    const huge = {
      ...orderRequest({ patientId: dailyPatient, orders: [] }),
      pad: "x".repeat(2_100_000),
    };
    const res = await ehr.hook(BASE, SELECT, huge);
    expect(res.status).toBe(413);
  });
});

describe("fhirAuthorization", () => {
  it("fetches only what prefetch did not send, from the registered server, within the scope", async () => {
    const seen: string[] = [];
    const fhir = await serve([
      async (req, res) => {
        seen.push(`${req.headers.authorization} ${req.url}`);
        const patient = new URL(req.url ?? "/", "http://x").searchParams.get("patient") ?? "";
        const body = (req.url ?? "").startsWith("/fhir/MedicationStatement")
          ? searchset([kratomStatement(patient)])
          : searchset([]);
        res.writeHead(200, { "Content-Type": "application/fhir+json" });
        res.end(JSON.stringify(body));
        return true;
      },
    ]);
    const fetching = await createCdsClient({ issuer: `https://fetch-${randomUUID()}.test`, send });
    const keys = await serve([fetching.jwksHandler("/jwks.json")]);
    await registerCdsClient(admin, {
      name: "Fetching EHR",
      issuer: fetching.issuer,
      jwksUrl: `${keys.url}/jwks.json`,
      fhirServer: `${fhir.url}/fhir`,
      patientViewEnabled: false,
    });
    const patientId = `pat-${randomUUID()}`;
    const call = async (scope: string, fhirServer = `${fhir.url}/fhir`) => {
      const body = orderRequest({
        patientId,
        orders: [{ id: randomUUID(), text: "naltrexone 50 mg" }],
        // Conditions and the checklist are sent; statements are not.
        prefetch: {
          conditions: searchset([]),
          assessment: searchset([]),
          medications: searchset([]),
        },
        fhirServer,
        fhirAuthorization: {
          access_token: "granted-token",
          token_type: "Bearer",
          expires_in: 300,
          scope,
          subject: "cds",
        },
      });
      const res = await fetching.hook(BASE, SELECT, body);
      return ((await res.json()) as { cards: Card[] }).cards;
    };

    const cards = await call("patient/MedicationStatement.read patient/Condition.read");
    expect(cards).toHaveLength(1);
    expect(cards[0].summary).toContain("how often unknown");
    expect(seen).toEqual([`Bearer granted-token /fhir/MedicationStatement?patient=${patientId}`]);

    // Outside the scope, or another server than the registered one: nothing fetched, no signal.
    seen.length = 0;
    expect(await call("patient/Condition.read")).toEqual([]);
    expect(await call("patient/MedicationStatement.read", "http://127.0.0.1:9/fhir")).toEqual([]);
    expect(seen).toEqual([]);
    await fhir.close();
    await keys.close();
  });
});
