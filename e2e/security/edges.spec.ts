// Edges an outside attack test found, checked against the production server:
// malformed URLs, React reference strings in action payloads, chunked action bodies, a crafted
// RSC request for another clinician's step, and the redirect after sign-in.

import { readFileSync } from "node:fs";
import http from "node:http";
import { fillPatient, startAssessment, uniqueRef } from "../checklist";
import { expect, signIn, test } from "../fixtures";
import { contextFor } from "./sessions";

const baseURL = () => String(test.info().project.use.baseURL);

function actionId(name: string): string {
  const manifest = JSON.parse(
    readFileSync(".next/server/server-reference-manifest.json", "utf8"),
  ) as { node: Record<string, { exportedName?: string }> };
  const entry = Object.entries(manifest.node).find(([, v]) => v.exportedName === name);
  if (!entry) throw new Error(`${name} is not in the build`);
  return entry[0];
}

test("malformed percent-encoding answers 400 with the security headers", async ({ request }) => {
  for (const path of ["/%", "/checklist/%E0%A4%A/patient", "/assessments/%zz", "/sign-in%ff"]) {
    const response = await request.get(path, { maxRedirects: 0, failOnStatusCode: false });
    expect(response.status(), path).toBe(400);
    const h = response.headers();
    expect(h["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(h["x-frame-options"], path).toBe("DENY");
    expect(h["x-content-type-options"], path).toBe("nosniff");
  }
});

test("React reference strings ($T, $n, $h…) in an action payload are refused as bad input", async ({
  request,
}) => {
  const id = actionId("signInAction");
  for (const body of [
    '["$T"]',
    '[{"email":"$T","password":"$T"}]',
    '["$n1"]',
    '["$h1"]',
    '["$Q1"]',
  ]) {
    const response = await request.post("/sign-in", {
      headers: {
        "Next-Action": id,
        Origin: baseURL(),
        "Content-Type": "text/plain;charset=UTF-8",
        Accept: "text/x-component",
      },
      data: body,
      failOnStatusCode: false,
    });
    // proxy.ts refuses the body (400); what gets past it meets the action wrapper's check.
    expect(response.status(), body).toBe(400);
    expect(await response.text(), body).toContain("could not be read");
    expect(response.headers()["x-frame-options"], body).toBe("DENY");
  }
});

test("a chunked 30 MB server action body is refused before the server reads it", async () => {
  const url = new URL(baseURL());
  const chunk = Buffer.alloc(1024 * 1024, 120);
  const started = Date.now();
  const { status, sentMb } = await new Promise<{ status: number; sentMb: number }>((resolve) => {
    let sent = 0;
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: "/sign-in",
        method: "POST",
        headers: { "Next-Action": actionId("signInAction"), Origin: url.origin },
      },
      (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0, sentMb: sent });
        req.destroy();
      },
    );
    req.on("error", () => resolve({ status: -1, sentMb: sent }));
    // One megabyte, then more only if the server has not answered: it answers on the headers.
    const pump = () => {
      if (req.destroyed) return;
      if (sent >= 30) return void req.end();
      sent++;
      req.write(chunk);
      setTimeout(pump, 300);
    };
    pump();
  });
  expect(status).toBe(411);
  expect(sentMb).toBeLessThan(30);
  expect(Date.now() - started).toBeLessThan(15_000);
});

test("a crafted RSC request for another clinician's step gets the 404 boundary", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const a = await contextFor(browser, "clinicianA");
  const b = await contextFor(browser, "clinicianB");
  // A's draft: the target.
  const pageA = await a.newPage();
  await startAssessment(pageA);
  const draftA = /\/checklist\/([0-9a-f-]{36})\//.exec(pageA.url())?.[1] ?? "";
  expect(draftA).not.toBe("");
  // B moves between steps of B's own draft; the RSC request the client makes is the template.
  const pageB = await b.newPage();
  await startAssessment(pageB);
  const draftB = /\/checklist\/([0-9a-f-]{36})\//.exec(pageB.url())?.[1] ?? "";
  await fillPatient(pageB, uniqueRef("rsc"));
  const [rsc] = await Promise.all([
    pageB.waitForRequest(
      (r) => r.method() === "GET" && r.headers().rsc === "1" && r.url().includes(draftB),
    ),
    pageB.getByRole("button", { name: "Save and continue" }).click(),
  ]);
  const headers = Object.fromEntries(
    Object.entries(rsc.headers()).map(([k, v]) => [k, v.replaceAll(draftB, draftA)]),
  );
  // The router state claims A's draft layout is already on screen, so only the step page
  // renders: it must check ownership itself.
  // Next answers a changed router state with a 307 to the matching `_rsc` URL: follow it.
  const response = await b.request.get(rsc.url().replaceAll(draftB, draftA), {
    headers,
    failOnStatusCode: false,
  });
  // The layout is skipped ("r":null) and the page answers with its 404 boundary (an RSC
  // stream has already sent 200, so the 404 travels in the payload), without the step itself.
  const body = await response.text();
  expect(body).toContain('"digest":"NEXT_HTTP_ERROR_FALLBACK;404"');
  expect(body).not.toMatch(/patient reference|Average pain|Which products/i);
  // And B's own step renders.
  const own = await b.request.get(rsc.url(), { headers: rsc.headers(), failOnStatusCode: false });
  expect(own.status()).toBe(200);
  expect(await own.text()).not.toContain("NEXT_HTTP_ERROR_FALLBACK");
  await a.close();
  await b.close();
});

test("sign-in never redirects off the site, whatever `next` says", async ({ page }) => {
  await signIn(page, "clinicianC", "/.//evil.example/phish");
  const landed = new URL(page.url());
  expect(landed.origin).toBe(new URL(baseURL()).origin);
  expect(landed.pathname).toBe("/assessments");
});

test("signing in as another account in the same browser ends the previous session on the server", async ({
  browser,
  playwright,
}) => {
  const context = await browser.newContext();
  // Two tabs on the sign-in form; the second signs in over the first's session.
  const first = await context.newPage();
  const second = await context.newPage();
  await second.goto("/sign-in");
  await signIn(first, "clinicianB");
  const old = (await context.cookies()).find((c) => c.name.endsWith("session_token"));
  expect(old).toBeDefined();
  for (const [label, value] of [
    ["Email", "e2e-admin@test.local"],
    ["Password", "e2e-password-admin-one"],
  ])
    await second.getByLabel(label).fill(value);
  await second.getByRole("button", { name: "Sign in" }).click();
  await second.waitForURL((url) => url.pathname.startsWith("/admin"));
  // The old cookie, replayed from elsewhere, no longer names a session.
  const replay = await playwright.request.newContext({
    baseURL: baseURL(),
    extraHTTPHeaders: { cookie: `${old?.name}=${old?.value}` },
  });
  expect(await (await replay.get("/api/auth/get-session")).json()).toBeNull();
  await replay.dispose();
  await context.close();
});

test("an action body that is valid JSON but not an argument list is a 400, anonymous or not", async ({
  browser,
  request,
}) => {
  const headers = (id: string) => ({
    "Next-Action": id,
    Origin: baseURL(),
    "Content-Type": "text/plain;charset=UTF-8",
    Accept: "text/x-component",
  });
  for (const body of ["null", "0", '"x"']) {
    const anonymous = await request.post("/sign-in", {
      headers: headers(actionId("signInAction")),
      data: body,
      failOnStatusCode: false,
    });
    expect(anonymous.status(), body).toBe(400);
  }
  const context = await contextFor(browser, "clinicianA");
  for (const body of ["null", "0", '"x"']) {
    const signedIn = await context.request.post("/assessments", {
      headers: headers(actionId("signOutAction")),
      data: body,
      failOnStatusCode: false,
    });
    expect(signedIn.status(), body).toBe(400);
  }
  await context.close();
});

test("route handlers refuse a body over their limit, or chunked, before reading it", async ({
  request,
}) => {
  // Declared over the 4 kB of /api/auth/: 413 at once, whatever the body.
  const big = await request.post("/api/auth/sign-out", {
    headers: { Origin: baseURL(), "Content-Type": "application/json" },
    data: JSON.stringify({ pad: "x".repeat(5000) }),
    failOnStatusCode: false,
  });
  expect(big.status()).toBe(413);
  expect(big.headers()["x-frame-options"]).toBe("DENY");
  // A chunked body to a route handler: 411 on the headers, as for actions.
  const url = new URL(baseURL());
  const status = await new Promise<number>((resolve) => {
    const req = http.request(
      { host: url.hostname, port: url.port, path: "/api/fhir/questionnaire", method: "POST" },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
        req.destroy();
      },
    );
    req.on("error", () => resolve(-1));
    req.write(Buffer.alloc(64 * 1024, 120));
  });
  expect(status).toBe(411);
});
