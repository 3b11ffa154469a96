/**
 * The CDS Hooks service end to end, its answers: real MedicationRequest drafts from a CDS client
 * that signs its JWTs (helpers/cds.ts) give the cards the rules call for, or none; cards are
 * recorded and audited, feedback is stored and quiets the same finding on the same order.
 * Who may call, and what hostile callers get: cds-trust.int.test.ts.
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { kratomStatement, searchset } from "@/lib/cds-hooks/testing";
import type { Card } from "@/lib/cds-hooks/types";
import {
  type CdsClient,
  createCdsClient,
  orderRequest,
  serve,
} from "@/scripts/test-ehr/cds-client";
import { BASE, cardsFor as cardsVia, SELECT, send, sql, withCdsWorld } from "./helpers/cds";

const { changeCdsClient } = await import("@/lib/dal/cds-clients");
const { cdsFeedbackFigures } = await import("@/lib/dal/cds-feedback");
const discoveryRoute = await import("@/app/cds-services/route");

const w = withCdsWorld();
const chartPatient = `pat-${randomUUID()}`;
const quietPatient = `pat-${randomUUID()}`;
const cardsFor = (
  ...args: Parameters<typeof cardsVia> extends [CdsClient, ...infer R] ? R : never
) => cardsVia(w.ehr, ...args);

describe("discovery", () => {
  it("lists the services without a token", async () => {
    const body = await (await discoveryRoute.GET(new Request(`${BASE}/cds-services`))).json();
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
    const cards = await cardsFor(w.dailyPatient, text);
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
    expect(await cardsFor(w.dailyPatient, "Frobnicator 20 mg")).toEqual([]);
    expect(await cardsFor(w.dailyPatient, "amoxicillin 500 mg")).toEqual([]);
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
    const [card] = await cardsFor(w.dailyPatient, "oxycodone 10 mg", {
      orders: [{ id: orderId, text: "oxycodone 10 mg" }],
    });
    const res = await w.ehr.feedback(BASE, SELECT, {
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
    const sign = await w.ehr.hook(
      BASE,
      "kratom-order-sign",
      orderRequest({
        hook: "order-sign",
        patientId: w.dailyPatient,
        orders: [{ id: orderId, text: "oxycodone 10 mg" }],
      }),
    );
    expect((await sign.json()).cards).toEqual([]);
    // Another order of the same medicine is a new decision: the card shows.
    expect(await cardsFor(w.dailyPatient, "oxycodone 10 mg")).toHaveLength(1);

    const figures = await cdsFeedbackFigures(w.admin);
    // Perturbed like every figure (cell-key): a count is never shown as a number from 1 to 10.
    for (const cell of [figures.overridden, figures.shown])
      if ("n" in cell) expect(cell.n === 0 || cell.n >= 11).toBe(true);
      else expect(cell).toEqual({ hidden: "small" });
  });

  it("ignores feedback on a card the caller was not shown", async () => {
    const res = await w.ehr.feedback(BASE, SELECT, {
      feedback: [
        { card: randomUUID(), outcome: "accepted", outcomeTimestamp: new Date().toISOString() },
      ],
    });
    expect(await res.json()).toEqual({ stored: 0 });
  });
});

describe("patient-view", () => {
  it("is quiet until the clinic turns it on", async () => {
    const body = {
      ...orderRequest({ patientId: w.dailyPatient, orders: [] }),
      hook: "patient-view",
    };
    const off = await w.ehr.hook(BASE, "kratom-patient-view", body);
    expect((await off.json()).cards).toEqual([]);
    const [client] = await sql<{ id: string }>("select id from cds_client where issuer = $1", [
      w.ehr.issuer,
    ]);
    expect(await changeCdsClient(w.admin, { clientId: client.id, patientViewEnabled: true })).toBe(
      true,
    );
    const on = await w.ehr.hook(BASE, "kratom-patient-view", {
      ...body,
      hookInstance: randomUUID(),
    });
    const cards = (await on.json()).cards as Card[];
    expect(cards).toHaveLength(1);
    expect(cards[0].indicator).toBe("info");
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
