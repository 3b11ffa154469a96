/**
 * Who may call the CDS Hooks service and what everyone else gets: forged, expired, replayed,
 * misaddressed and unregistered tokens, a foreign jku, hostile and oversized bodies, the time
 * budget, fhirAuthorization's limits, and registering an EHR through the admin action.
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { kratomStatement, searchset } from "@/lib/cds-hooks/testing";
import type { Card } from "@/lib/cds-hooks/types";
import { createCdsClient, orderRequest, serve } from "@/scripts/test-ehr/cds-client";
import { BASE, SELECT, send, sql, withCdsWorld } from "./helpers/cds";
import { makeUser } from "./helpers/users";

const { registerCdsClient } = await import("@/lib/dal/cds-clients");

const w = withCdsWorld();

describe("a request without a valid token gets 401 and nothing else", () => {
  const body = () =>
    orderRequest({ patientId: w.dailyPatient, orders: [{ id: "x", text: "oxycodone" }] });
  const aud = `${BASE}/cds-services/${SELECT}`;
  const expect401 = async (res: Response) => {
    expect(res.status).toBe(401);
    expect(await res.text()).toBe("");
  };

  it("forged: signed with another key under the registered issuer and kid", async () => {
    const { generateKeyPair } = await import("jose");
    const { privateKey } = await generateKeyPair("ES384");
    await expect401(
      await w.ehr.hook(BASE, SELECT, body(), await w.ehr.token(aud, { key: privateKey })),
    );
  });

  it("expired", async () => {
    await expect401(
      await w.ehr.hook(BASE, SELECT, body(), await w.ehr.token(aud, { expiresIn: -120 })),
    );
  });

  it("replayed: the same token a second time", async () => {
    const token = await w.ehr.token(aud);
    expect((await w.ehr.hook(BASE, SELECT, body(), token)).status).toBe(200);
    await expect401(await w.ehr.hook(BASE, SELECT, body(), token));
  });

  it("for another endpoint, from an unregistered issuer, or with no token", async () => {
    await expect401(
      await w.ehr.hook(
        BASE,
        SELECT,
        body(),
        await w.ehr.token(`${BASE}/cds-services/kratom-order-sign`),
      ),
    );
    await expect401(
      await w.ehr.hook(
        BASE,
        SELECT,
        body(),
        await w.ehr.token(aud, { issuer: "https://other.test" }),
      ),
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
        headers: { Authorization: `Bearer ${await w.ehr.token(aud, { expiresIn: -120 })}` },
        body: "{}",
      }),
    );
    await expect401(res);
  });
});

describe("keys come only from the registered JWKS", () => {
  it("refuses a token whose jku names another key set, even when signed by the registered key", async () => {
    const aud = `${BASE}/cds-services/${SELECT}`;
    const body = () =>
      orderRequest({ patientId: w.dailyPatient, orders: [{ id: "j", text: "oxycodone" }] });
    const foreign = await w.ehr.token(aud, { jku: "https://elsewhere.test/jwks.json" });
    expect((await w.ehr.hook(BASE, SELECT, body(), foreign)).status).toBe(401);
    const registered = await w.ehr.token(aud, { jku: `${w.jwks.url}/jwks.json` });
    expect((await w.ehr.hook(BASE, SELECT, body(), registered)).status).toBe(200);
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
    await registerCdsClient(w.admin, {
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

describe("the time budget", () => {
  it("answers an empty card list when a lookup is slow", async () => {
    const slow = await createCdsClient({ issuer: `https://slow-${randomUUID()}.test`, send });
    const stall = await serve([async () => new Promise<boolean>(() => {})]);
    await registerCdsClient(w.admin, {
      name: "Slow EHR",
      issuer: slow.issuer,
      jwksUrl: `${stall.url}/jwks.json`,
      patientViewEnabled: false,
    });
    const started = Date.now();
    const res = await slow.hook(
      BASE,
      SELECT,
      orderRequest({ patientId: w.dailyPatient, orders: [{ id: "s", text: "oxycodone" }] }),
    );
    expect(res.status).toBe(200);
    expect((await res.json()).cards).toEqual([]);
    // The stalled key set never answers (jose would give up after 6 s): the budget answered.
    expect(Date.now() - started).toBeLessThan(5_000);
    await stall.close();
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
        ...orderRequest({ patientId: w.dailyPatient, orders: [] }),
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
          ? await w.ehr.feedback(BASE, SELECT, value)
          : await w.ehr.hook(BASE, SELECT, value);
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
      ...orderRequest({ patientId: w.dailyPatient, orders: [] }),
      pad: "x".repeat(2_100_000),
    };
    const res = await w.ehr.hook(BASE, SELECT, huge);
    expect(res.status).toBe(413);
  });
});

describe("registering an EHR (w.admin action)", () => {
  const input = (issuer: string, jwksUrl = "https://ehr.example/jwks.json") => ({
    name: "Another EHR",
    issuer,
    jwksUrl,
    fhirServer: "",
    patientViewEnabled: false,
  });

  it("lets an w.admin register one for their clinic, audited, and refuses clinicians", async () => {
    const { registerCdsClientAction } = await import("@/lib/actions/cds-client-actions");
    const { asRequestFrom } = await import("./helpers/action-context");
    const issuer = `https://ehr-${randomUUID()}.example`;
    asRequestFrom(BASE, w.admin);
    const ok = await registerCdsClientAction(input(issuer));
    expect(ok.ok).toBe(true);
    const [row] = await sql<{ clinicId: string; id: string }>(
      'select "clinicId", id from cds_client where issuer = $1',
      [issuer],
    );
    expect(row.clinicId).toBe(w.admin.clinicId);
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
