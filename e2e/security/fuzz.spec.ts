// fast-check over HTTP against the production build: random path segments and query strings on
// every dynamic page and route handler, as a clinician and as an admin. Whatever arrives, the
// answer is a page, a redirect or a 4xx, never a 5xx. (Server action payloads are fuzzed in
// tests/integration/security-fuzz.int.test.ts; an oversized action body is refused with 413 by
// proxy.ts, see e2e/clinician/drafts.spec.ts.)
import type { APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import { expect, test } from "../fixtures";
import { contextFor } from "./sessions";

const segment = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.uuid(),
  fc.constantFrom("..", "%00", "%2e%2e%2f", "<script>", "'or'1'='1", "\u202e", "x".repeat(2000)),
);
const query = fc.dictionary(
  fc.constantFrom("page", "from", "to", "clinic", "level", "group", "next", "x"),
  fc.oneof(fc.string({ maxLength: 50 }), fc.integer().map(String), fc.constant("9".repeat(400))),
  { maxKeys: 4 },
);

const routes: Array<(s: string, q: string) => string> = [
  (s) => `/assessments/${s}`,
  (s) => `/checklist/${s}`,
  (s) => `/checklist/${s}/${s}`,
  (s) => `/evidence/${s}`,
  (s) => `/admin/users/${s}`,
  (_s, q) => `/admin/audit?${q}`,
  (_s, q) => `/sign-in?${q}`,
  (s) => `/api/assessments/${s}/fhir`,
  (_s, q) => `/api/admin/aggregates?${q}`,
  (_s, q) => `/api/admin/aggregates/export?${q}`,
  (s) => `/api/auth/${s}`,
];

/** Malformed percent-encoding, sent as is (not encoded again): 400 with the headers. */
const malformed = fc.constantFrom("%", "%E0%A4%A", "%zz", "%c0%", "a%2", "%%");

async function probe(request: APIRequestContext, path: string) {
  const response = await request.get(path, { maxRedirects: 0, failOnStatusCode: false });
  expect(response.status(), path).toBeLessThan(500);
}

test("random paths and queries never produce a 5xx", async ({ browser, playwright }) => {
  test.setTimeout(240_000);
  const clinician = await contextFor(browser, "clinicianA");
  const admin = await contextFor(browser, "admin");
  const anonymous = await playwright.request.newContext({
    baseURL: test.info().project.use.baseURL,
  });
  const callers = [clinician.request, admin.request, anonymous];
  await fc.assert(
    fc.asyncProperty(
      segment,
      query,
      fc.nat(routes.length - 1),
      fc.nat(callers.length - 1),
      async (s, q, route, caller) => {
        const path = routes[route](encodeURIComponent(s), new URLSearchParams(q).toString());
        await probe(callers[caller], path);
      },
    ),
    { numRuns: 150 },
  );
  await fc.assert(
    fc.asyncProperty(malformed, fc.nat(routes.length - 1), async (bad, route) => {
      const path = routes[route](bad, "x=1").split("?")[0];
      if (!path.includes(bad)) return; // routes that take only a query
      const response = await anonymous.get(path, { maxRedirects: 0, failOnStatusCode: false });
      expect(response.status(), path).toBe(400);
      expect(response.headers()["x-frame-options"], path).toBe("DENY");
    }),
    { numRuns: 30 },
  );
  await clinician.close();
  await admin.close();
  await anonymous.dispose();
});
