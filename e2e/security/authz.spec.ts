// Every page and route handler over HTTP against the production build, for anonymous,
// clinician A, clinician B (A's clinic), clinician C (another clinic) and A's clinic admin.
// Server actions are walked in tests/integration/authz.int.test.ts. Zero leaks is the bar.
import type { APIRequestContext, APIResponse } from "@playwright/test";
import { scriptClient } from "../../prisma/client";
import { completeChecklist, startAssessment, uniqueRef } from "../checklist";
import { expect, test } from "../fixtures";
import { E2E_USERS } from "../users";
import { contextFor } from "./sessions";

const WHO = ["anonymous", "clinicianA", "clinicianB", "clinicianC", "admin"] as const;
type Who = (typeof WHO)[number];

/** "200", "404", or "-> /path" for a redirect to a path starting with /path. */
type Expect = string;
type Row = { method?: "GET" | "POST"; path: string; expected: Record<Who, Expect> };

const same = (e: Expect): Record<Who, Expect> => ({
  anonymous: e,
  clinicianA: e,
  clinicianB: e,
  clinicianC: e,
  admin: e,
});
const clinicianPage = (a: Expect, others: Expect, returnTo: string): Record<Who, Expect> => ({
  anonymous: `-> /sign-in?next=${encodeURIComponent(returnTo)}`,
  clinicianA: a,
  clinicianB: others,
  clinicianC: others,
  admin: "-> /forbidden",
});
const adminPage = (admin: Expect, returnTo: string): Record<Who, Expect> => ({
  anonymous: `-> /sign-in?next=${encodeURIComponent(returnTo)}`,
  clinicianA: "-> /forbidden",
  clinicianB: "-> /forbidden",
  clinicianC: "-> /forbidden",
  admin,
});

async function describeResponse(response: APIResponse): Promise<string> {
  const status = response.status();
  if (status >= 300 && status < 400) {
    const location = new URL(response.headers().location ?? "", "http://x");
    return `-> ${location.pathname}${location.search}`;
  }
  return String(status);
}

const matches = (actual: string, expected: Expect) =>
  expected.startsWith("-> ") ? actual.startsWith(expected) : actual === expected;

test.describe("authorisation over HTTP", () => {
  test.describe.configure({ timeout: 180_000 });

  test("every page and route handler answers each identity exactly as the table says", async ({
    browser,
    playwright,
  }) => {
    const requests = {} as Record<Who, APIRequestContext>;
    const contexts = [];
    for (const who of WHO) {
      if (who === "anonymous") {
        requests[who] = await playwright.request.newContext({
          baseURL: test.info().project.use.baseURL,
        });
        continue;
      }
      const context = await contextFor(browser, who);
      contexts.push(context);
      requests[who] = context.request;
    }

    // Clinician A's work: an open draft and a submitted assessment.
    const page = await contexts[0].newPage();
    await startAssessment(page);
    const draftA = new URL(page.url()).pathname.split("/")[2];
    await completeChecklist(page, uniqueRef("authz"));
    await page.getByRole("button", { name: "Submit assessment" }).click();
    await page.waitForURL(/\/assessments\/[0-9a-f-]{36}$/);
    const assessmentA = new URL(page.url()).pathname.split("/")[2];
    await page.close();

    const db = scriptClient();
    const idOf = async (email: string) =>
      (await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
    const userB = await idOf(E2E_USERS.clinicianB.email);
    const userC = await idOf(E2E_USERS.clinicianC.email);
    const adminId = await idOf(E2E_USERS.admin.email);
    await db.$disconnect();

    const rows: Row[] = [
      {
        path: "/",
        expected: {
          anonymous: "-> /sign-in",
          clinicianA: "-> /assessments",
          clinicianB: "-> /assessments",
          clinicianC: "-> /assessments",
          admin: "-> /admin",
        },
      },
      {
        path: "/sign-in",
        expected: {
          anonymous: "200",
          clinicianA: "-> /assessments",
          clinicianB: "-> /assessments",
          clinicianC: "-> /assessments",
          admin: "-> /admin",
        },
      },
      { path: "/assessments", expected: clinicianPage("200", "200", "/assessments") },
      {
        path: `/assessments/${assessmentA}`,
        expected: clinicianPage("200", "404", `/assessments/${assessmentA}`),
      },
      {
        path: "/assessments/not-a-real-id",
        expected: clinicianPage("404", "404", "/assessments/not-a-real-id"),
      },
      {
        path: `/checklist/${draftA}`,
        expected: clinicianPage(`-> /checklist/${draftA}/`, "404", `/checklist/${draftA}`),
      },
      {
        path: `/checklist/${draftA}/patient`,
        expected: clinicianPage("200", "404", `/checklist/${draftA}`),
      },
      {
        path: `/checklist/${draftA}/review`,
        expected: clinicianPage("200", "404", `/checklist/${draftA}`),
      },
      { path: "/evidence", expected: same("200") },
      { path: "/evidence/hyperpigmentation", expected: same("200") },
      { path: "/forbidden", expected: same("200") },
      { path: "/admin", expected: adminPage("200", "/admin") },
      { path: "/admin/users", expected: adminPage("200", "/admin/users") },
      { path: `/admin/users/${userB}`, expected: adminPage("200", `/admin/users/${userB}`) },
      { path: `/admin/users/${userC}`, expected: adminPage("404", `/admin/users/${userC}`) },
      { path: `/admin/users/${adminId}`, expected: adminPage("404", `/admin/users/${adminId}`) },
      { path: "/admin/audit", expected: adminPage("200", "/admin/audit") },
      { path: "/admin/audit?page=999999", expected: adminPage("200", "/admin/audit") },
      { path: "/admin/erasure", expected: adminPage("200", "/admin/erasure") },
      { path: "/set-password/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", expected: same("200") },
      {
        path: `/api/assessments/${assessmentA}/fhir`,
        expected: {
          anonymous: "401",
          clinicianA: "200",
          clinicianB: "404",
          clinicianC: "404",
          admin: "403",
        },
      },
      {
        path: "/api/fhir/questionnaire",
        expected: { ...same("200"), anonymous: "401" },
      },
      {
        path: "/api/admin/aggregates",
        expected: {
          anonymous: "401",
          clinicianA: "403",
          clinicianB: "403",
          clinicianC: "403",
          admin: "200",
        },
      },
      { path: "/api/auth/get-session", expected: same("200") },
      { method: "POST", path: "/api/auth/sign-in/email", expected: same("404") },
      { method: "POST", path: "/api/auth/sign-up/email", expected: same("404") },
      { method: "POST", path: "/api/auth/update-user", expected: same("404") },
      { method: "POST", path: "/api/auth/change-password", expected: same("404") },
      { path: "/api/auth/list-sessions", expected: same("404") },
    ];

    const mismatches: string[] = [];
    for (const row of rows) {
      for (const who of WHO) {
        const request = requests[who];
        const options = { maxRedirects: 0, failOnStatusCode: false };
        const response =
          row.method === "POST"
            ? await request.post(row.path, {
                ...options,
                data: { email: E2E_USERS.clinicianA.email, password: "x", name: "x" },
              })
            : await request.get(row.path, options);
        const actual = await describeResponse(response);
        if (!matches(actual, row.expected[who]))
          mismatches.push(
            `${row.method ?? "GET"} ${row.path} as ${who}: expected ${row.expected[who]}, got ${actual}`,
          );
        // Whatever the status, another person's patient reference never appears in the body.
        if (who !== "clinicianA" && response.status() < 300)
          expect(await response.text(), `${row.path} as ${who}`).not.toContain("E2E-authz-");
      }
    }
    expect(mismatches).toEqual([]);

    // Anonymous get-session is null; signed-in sessions are their own.
    expect(await (await requests.anonymous.get("/api/auth/get-session")).json()).toBeNull();
    for (const context of contexts) await context.close();
    await requests.anonymous.dispose();
  });
});
