/**
 * The first hook after a start (issue 20): the warm-up an app process runs at start
 * (instrumentation.ts → lib/cds-server/warm-up.ts) fetches every registered EHR's key set, so
 * the EHR's first hook is answered with its card even when that key set has become slow since;
 * an EHR registered after the warm-up pays for the fetch in its first hook (here: a key set
 * that never answers, so the budget's empty list). And what the per-process registration cache
 * must not delay: stopping acceptance in this process refuses the very next call.
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { kratomStatement, searchset } from "@/lib/cds-hooks/testing";
import { createCdsClient, orderRequest, serve } from "@/scripts/test-ehr/cds-client";
import { BASE, SELECT, send } from "./helpers/cds";
import { makeUser } from "./helpers/users";

const { registerCdsClient, changeCdsClient } = await import("@/lib/dal/cds-clients");
const { warmUpCds } = await import("@/lib/cds-server/warm-up");

/** An EHR whose key set can be made to stall (never answer), counting the fetches. */
async function ehrWithKeySet(admin: Awaited<ReturnType<typeof makeUser>>) {
  const ehr = await createCdsClient({ issuer: `https://warm-${randomUUID()}.test/fhir`, send });
  const state = { fetches: 0, stalled: false };
  const handler = ehr.jwksHandler("/jwks.json");
  const keys = await serve([
    async (req, res) => {
      state.fetches++;
      return state.stalled ? new Promise<boolean>(() => {}) : handler(req, res);
    },
  ]);
  const registered = await registerCdsClient(admin, {
    name: "Warm-up EHR",
    issuer: ehr.issuer,
    jwksUrl: `${keys.url}/jwks.json`,
    patientViewEnabled: false,
  });
  if (registered.status !== "registered") throw new Error("not registered");
  return { ehr, keys, state, clientId: registered.clientId };
}

/** The first order-select of a patient whose chart records kratom: one card when answered. */
async function firstHook(ehr: Awaited<ReturnType<typeof createCdsClient>>) {
  const patientId = `pat-${randomUUID()}`;
  const res = await ehr.hook(
    BASE,
    SELECT,
    orderRequest({
      patientId,
      orders: [{ id: randomUUID(), text: "oxycodone 10 mg" }],
      prefetch: { statements: searchset([kratomStatement(patientId)]) },
    }),
  );
  expect(res.status).toBe(200);
  return ((await res.json()) as { cards: unknown[] }).cards;
}

describe("the warm-up at start", () => {
  it("fetches registered key sets ahead, so the first hook gets its card", async () => {
    const admin = await makeUser("admin");
    const warmed = await ehrWithKeySet(admin);
    await warmUpCds();
    expect(warmed.state.fetches).toBe(1);
    // From now on the key set would not answer in time: only the warm-up's fetch can help.
    warmed.state.stalled = true;
    expect(await firstHook(warmed.ehr)).toHaveLength(1);

    // The same first hook from an EHR the warm-up did not see: the budget's empty list.
    const cold = await ehrWithKeySet(admin);
    cold.state.stalled = true;
    expect(await firstHook(cold.ehr)).toEqual([]);
    await warmed.keys.close();
    await cold.keys.close();
  });

  it("never fails or hangs when a key set cannot be fetched", async () => {
    const admin = await makeUser("admin");
    const broken = await ehrWithKeySet(admin);
    broken.state.stalled = true;
    const started = Date.now();
    await expect(warmUpCds()).resolves.toBeUndefined();
    expect(Date.now() - started).toBeLessThan(4_000);
    await broken.keys.close();
  });
});

describe("the per-process registration cache", () => {
  it("refuses the next call once acceptance is stopped in this process", async () => {
    const admin = await makeUser("admin");
    const { ehr, keys, clientId } = await ehrWithKeySet(admin);
    expect(await firstHook(ehr)).toHaveLength(1);
    expect(await changeCdsClient(admin, { clientId, active: false })).toBe(true);
    const res = await ehr.hook(
      BASE,
      SELECT,
      orderRequest({ patientId: "p", orders: [{ id: "o", text: "oxycodone" }] }),
    );
    expect(res.status).toBe(401);
    await keys.close();
  });
});
