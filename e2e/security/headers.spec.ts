// The nonce-based CSP holds on real pages of the production build: every script Next emits
// carries the nonce, the pages hydrate (buttons work), and the browser reports no violation
// and no console error. The header values themselves: tests/integration/security-headers.
import type { Page } from "@playwright/test";
import { completeChecklist, startAssessment, uniqueRef } from "../checklist";
import { expect, signIn, test } from "../fixtures";

/** Collects CSP violations (the DOM event) and console errors/warnings for a page. */
async function watch(page: Page) {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning")
      problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(
        `CSP violation: ${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return problems;
}

/** Every script tag in the server's HTML carries this response's nonce (chunks that Next loads
 * later are trusted through 'strict-dynamic' and need none). */
async function expectNoncedScripts(page: Page) {
  const response = await page.request.get(page.url());
  const csp = response.headers()["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  const tags = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(tags.length).toBeGreaterThan(0);
  for (const tag of tags) expect(tag).toContain(`nonce="${nonce}"`);
}

test.describe("content security policy in the browser", () => {
  test("public and clinician pages run under the CSP with no violation", async ({ page }) => {
    test.setTimeout(120_000);
    const problems = await watch(page);
    await page.goto("/sign-in");
    await expectNoncedScripts(page);
    await page.goto("/evidence");
    await page.goto("/evidence/hyperpigmentation");
    await expectNoncedScripts(page);
    await signIn(page, "clinicianA");
    await startAssessment(page);
    await expectNoncedScripts(page);
    // Client-side behaviour works, so the scripts ran: a step validates before moving on.
    await page.getByRole("button", { name: /Save and continue/ }).click();
    await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
    await completeChecklist(page, uniqueRef("csp"));
    await page.getByRole("button", { name: "Submit assessment" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Assessment summary" })).toBeVisible();
    await expectNoncedScripts(page);
    await page.goto("/assessments");
    expect(problems).toEqual([]);
  });

  test("admin pages run under the CSP with no violation", async ({ page }) => {
    const problems = await watch(page);
    await signIn(page, "admin");
    for (const path of ["/admin", "/admin/users", "/admin/audit", "/admin/erasure"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    }
    await expectNoncedScripts(page);
    expect(problems).toEqual([]);
  });

  test("responses carry the security headers, API routes included", async ({ request }) => {
    for (const path of [
      "/sign-in",
      "/evidence",
      "/api/fhir/questionnaire",
      "/api/auth/get-session",
      // Answered by the worker's fast path before Next (lib/cds-server/fast-path.ts).
      "/cds-services",
    ]) {
      const headers = (await request.get(path, { failOnStatusCode: false })).headers();
      expect(headers["content-security-policy"], path).toMatch(/frame-ancestors 'none'/);
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
      expect(headers["permissions-policy"], path).toContain("camera=()");
      expect(headers["strict-transport-security"], path).toContain("max-age=");
      expect(headers["x-powered-by"], path).toBeUndefined();
    }
  });
});
