/**
 * The app worker's fast path for /cds-services (lib/cds-server/fast-path.ts, called by
 * scripts/serve.mjs before Next's handler) answers as the route files do: same status codes,
 * same headers (the security headers proxy.ts adds to Next's answers among them), no gzip, and
 * the request guard's 413 before any body is read. A node:http server here is wired as the
 * worker is: the guard, then the fast path, then (marked 599) what Next would answer.
 */
import { randomUUID } from "node:crypto";
import http from "node:http";
import net, { type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STATIC_SECURITY_HEADERS } from "@/lib/http/security-headers";
import { orderRequest } from "@/scripts/test-ehr/cds-client";
import { BASE, SELECT, send, withCdsWorld } from "./helpers/cds";

const { serveCdsFast } = await import("@/lib/cds-server/fast-path");
const { guardRequest } = await import("@/lib/http/request-guard");
const discoveryRoute = await import("@/app/cds-services/route");

const w = withCdsWorld();
let server: http.Server;
let origin = "";
beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (guardRequest(req, res, [], 64 * 1024)) return;
    if (serveCdsFast(req, res)) return;
    res.statusCode = 599; // Next's handler would have had it
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

/** The headers an answer carries, without those only the transport sets. */
const headersOf = (res: Response) =>
  Object.fromEntries(
    [...res.headers].filter(
      ([name]) => !["date", "connection", "keep-alive", "content-length"].includes(name),
    ),
  );

const HOOK = `/cds-services/${SELECT}`;
const hookInit = (token: string, orderId = randomUUID()): RequestInit => ({
  method: "POST",
  headers: {
    Authorization: `Bearer ${token}`,
    "Content-Type": "application/json",
    "Accept-Encoding": "gzip, br",
  },
  body: JSON.stringify(
    orderRequest({
      patientId: w.dailyPatient,
      orders: [{ id: orderId, text: "oxycodone 10 mg tablet" }],
    }),
  ),
});
const fast = (path: string, init?: RequestInit) => fetch(`${origin}${path}`, init);
const route = (path: string, init?: RequestInit) => send(new Request(`${BASE}${path}`, init));

function expectSecurityHeaders(res: Response) {
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS))
    expect(res.headers.get(name), name).toBe(value);
  expect(res.headers.get("content-security-policy")).toMatch(
    /default-src 'none'.*frame-ancestors 'none'/,
  );
  expect(res.headers.get("content-encoding")).toBeNull();
}

describe("the fast path answers as the route files do", () => {
  it("discovery", async () => {
    const viaFast = await fast("/cds-services", { headers: { "Accept-Encoding": "gzip" } });
    const viaRoute = await discoveryRoute.GET(new Request(`${BASE}/cds-services`));
    expect(viaFast.status).toBe(200);
    expect(headersOf(viaFast)).toEqual(headersOf(viaRoute));
    expect(viaFast.headers.get("cache-control")).toBe("public, max-age=300");
    expectSecurityHeaders(viaFast);
    expect(await viaFast.json()).toEqual(await viaRoute.json());
    // Next answers HEAD through GET; so does the fast path, without a body.
    const head = await fast("/cds-services", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });

  it("a card call: the same card, status and headers", async () => {
    const aud = `${BASE}${HOOK}`;
    const viaFast = await fast(HOOK, hookInit(await w.ehr.token(aud)));
    const viaRoute = await route(HOOK, hookInit(await w.ehr.token(aud)));
    expect(viaFast.status).toBe(200);
    expect(headersOf(viaFast)).toEqual(headersOf(viaRoute));
    expect(viaFast.headers.get("cache-control")).toBe("no-store, no-transform");
    expectSecurityHeaders(viaFast);
    const [a, b] = [await viaFast.json(), await viaRoute.json()];
    expect(a.cards).toHaveLength(1);
    expect(a.cards[0].indicator).toBe("critical");
    expect(a.cards[0].summary).toBe(b.cards[0].summary);
  });

  it("a forged JWT: 401 with no body", async () => {
    const forged = `${Buffer.from('{"alg":"ES384","kid":"x"}').toString("base64url")}.e30.AAAA`;
    const viaFast = await fast(HOOK, hookInit(forged));
    const viaRoute = await route(HOOK, hookInit(forged));
    expect(viaFast.status).toBe(401);
    expect(viaRoute.status).toBe(401);
    expect(headersOf(viaFast)).toEqual(headersOf(viaRoute));
    expect(viaFast.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expectSecurityHeaders(viaFast);
    expect(await viaFast.text()).toBe("");
  });

  it("an oversized body: 413 from the request guard, unread", async () => {
    const res = await fast(HOOK, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: "Bearer x" },
      body: "x".repeat(1024 * 1024 + 1),
    });
    expect(res.status).toBe(413);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("a body that stalls ends in the time budget's empty card list, not a wait", async () => {
    const token = await w.ehr.token(`${BASE}${HOOK}`);
    const port = (server.address() as AddressInfo).port;
    const started = Date.now();
    const reply = await new Promise<string>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => {
        socket.write(
          `POST ${HOOK} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token}\r\n` +
            'Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"hook":',
        );
      });
      let text = "";
      socket.on("data", (chunk) => {
        text += chunk;
        if (text.includes('{"cards":[]}')) {
          socket.destroy();
          resolve(text);
        }
      });
    });
    expect(reply).toMatch(/^HTTP\/1\.1 200/);
    // CDS_HOOK_BUDGET_MS is 2 s in these files (helpers/cds.ts).
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("feedback goes the same way; anything else is left to Next", async () => {
    const feedback = await fast(`${HOOK}/feedback`, { method: "POST", body: "{}" });
    expect(feedback.status).toBe(401);
    expectSecurityHeaders(feedback);
    expect((await fast(HOOK)).status).toBe(599); // GET on a service: Next's 405
    expect((await fast("/cds-services/x/y/z", { method: "POST", body: "{}" })).status).toBe(599);
    expect((await fast("/sign-in")).status).toBe(599);
  });
});
