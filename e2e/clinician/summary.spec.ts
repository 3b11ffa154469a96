import { writeFile } from "node:fs/promises";
import type { Page, TestInfo } from "@playwright/test";
import {
  choose,
  continueStep,
  fillPatient,
  fillSkin,
  startAssessment,
  uniqueRef,
} from "../checklist";
import { expect, expectNoAxeViolations, signIn, test } from "../fixtures";

/**
 * The summary of issue 9's realistic patient: 52, knee osteoarthritis, leaf powder three times a
 * day for years, tramadol, duloxetine, ibuprofen and turmeric (typed), withdrawal when doses are
 * missed, grey-blue darkening of the face and hands (docs/examples/realistic-case.json).
 */
interface CaseOptions {
  doses: string;
  frequency: string;
  /**
   * Ask the DSM-5 list: tolerance (step 2) and withdrawal (this step) are carried over, so the
   * case then counts 2 criteria. Otherwise the list is "not asked".
   */
  askCriteria?: boolean;
}

async function pickMedicine(page: Page, name: string) {
  const search = page.getByRole("combobox", { name: /Search medicines/ });
  await search.fill(name);
  await page
    .getByRole("option", { name: new RegExp(`^${name}\\b(?!/)`, "i") })
    .first()
    .click();
}

async function submitCase(page: Page, reference: string, options: CaseOptions) {
  await startAssessment(page);
  await fillPatient(page, reference);
  await continueStep(page, "Tolerance and use pattern");
  await choose(page, /Which products/, "Leaf or powder");
  await choose(page, "Usual amount per dose", "2 to 5 g of leaf");
  await choose(page, /How often is kratom used/, options.frequency);
  await page.getByLabel("Doses on a typical day of use").fill(options.doses);
  await choose(page, /How long has the patient used/, "1 to 5 years");
  await choose(page, /amount gone up/, "No");
  await choose(page, /need more for the same effect/, "Yes");
  await choose(page, /Other substances used with kratom/, "None");
  await continueStep(page, "Interacting medications");
  for (const name of ["tramadol", "duloxetine", "ibuprofen"]) await pickMedicine(page, name);
  await page.getByLabel(/Other medicines not found in the list/).fill("turmeric");
  await continueStep(page, "Dependence and withdrawal");
  await choose(page, /dose is missed or delayed/, "Yes, symptoms when a dose is missed or delayed");
  await choose(
    page,
    "Withdrawal symptoms reported",
    "Restlessness",
    "Muscle aches or spasms",
    "Difficulty sleeping",
  );
  await choose(page, "Time since the last dose", "Less than 8 hours ago");
  await choose(
    page,
    "Earlier attempts to stop",
    "Never tried to stop, and does not wish to cut down",
  );
  await choose(
    page,
    /DSM-5 criteria/,
    options.askCriteria
      ? "All criteria were asked (tick those present)"
      : "Not asked or patient declined",
  );
  await continueStep(page, "Skin changes");
  await fillSkin(page); // grey-blue darkening of the face and backs of the hands
  await continueStep(page, "Other harms");
  await choose(page, /Liver symptoms/, "Not asked");
  await choose(page, /Any seizure/, "No");
  await choose(page, /Palpitations or fainting/, "No");
  await choose(page, "Pregnancy and breastfeeding", "Not applicable");
  await continueStep(page, "Review and submit");
  await page.getByRole("button", { name: "Submit assessment" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Assessment summary" })).toBeVisible();
}

/** Figures the report quotes: kept with the run's results and printed in its log. */
function measured(testInfo: TestInfo, what: string, value: number) {
  testInfo.annotations.push({ type: what, description: String(value) });
  console.log(`summary measure: ${what} = ${value}`);
}

const detailsHeading = (page: Page) => page.getByRole("heading", { level: 2, name: "Details" });

test.describe("the summary a clinician acts on", () => {
  test.use({ timezoneId: "America/New_York", viewport: { width: 1280, height: 800 } });

  test("one screen, working links, a short note, two printed pages", async ({
    page,
    context,
  }, testInfo) => {
    test.setTimeout(120_000); // a whole checklist, then five measurements
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await signIn(page, "clinicianA");
    const ref = uniqueRef("summary");
    await submitCase(page, ref, { doses: "3", frequency: "Every day" });
    const summaryUrl = page.url();

    // The top (level, what matters, not asked, domains) ends above the fold at 1280×800.
    const top = await detailsHeading(page).evaluate(
      (el) => el.getBoundingClientRect().top + window.scrollY,
    );
    measured(testInfo, "top height px", Math.round(top));
    expect(top).toBeLessThanOrEqual(800);
    const key = page.getByRole("region", { name: "What matters for this patient" });
    await expect(key.getByRole("link", { name: /tramadol/ }).first()).toBeVisible();
    await expect(page.getByText(/Overall level:/)).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath("summary-1280x800.png") });

    // Every in-page link names an element that exists; following one opens its finding.
    const hashes = await page
      .locator('main a[href^="#"]')
      .evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute("href") ?? ""))]);
    expect(hashes.length).toBeGreaterThan(5);
    const missing = await page.evaluate(
      (list) => list.filter((h) => !document.getElementById(decodeURIComponent(h.slice(1)))),
      hashes,
    );
    expect(missing).toEqual([]);
    const keyLinks = key.getByRole("link");
    const lastKey = keyLinks.last();
    const target = (await lastKey.getAttribute("href")) ?? "";
    await lastKey.click();
    await expect(page.locator(`[id="${target.slice(1)}"]`)).toBeVisible();
    await expect(page.locator(`[id="${target.slice(1)}"]`)).toContainText("Triggered by");
    await expectNoAxeViolations(page);

    // Copy as text: the note, fetched on click, dated in the browser's time zone.
    await page.getByRole("button", { name: "Copy as text" }).click();
    await expect(page.getByRole("status")).toHaveText(/copied/);
    const note = await page.evaluate(() => navigator.clipboard.readText());
    const lines = note.trimEnd().split("\n");
    measured(testInfo, "note lines", lines.length);
    // Every finding in one line, the medicines and PEG-3 (issue 17 §3): at most 35 lines.
    expect(lines.length).toBeLessThanOrEqual(35);
    expect(note).toMatch(/^Medicines: /m);
    expect(note).not.toContain("…");
    expect(lines[0]).toMatch(/^Kratom risk checklist, .+ \(America\/New_York\)$/);
    expect(note).toMatch(/^Overall level: (High|Moderate)/m);
    expect(note).toContain("tramadol");
    expect(note).toContain(`Full summary with reasons and evidence: ${summaryUrl}`);
    // Doubled words ("Consider: Consider…"); a time such as 16:16 is not a word.
    expect(note).not.toMatch(/\b([a-z]\w*)\b[:\s]+\1\b/i);
    expect(note).not.toContain(ref);

    // The page does not carry the note: it is fetched on click (issue 12: small client payloads).
    const rsc = await page.request.get(summaryUrl, { headers: { RSC: "1" } });
    const payload = await rsc.text();
    measured(testInfo, "RSC payload bytes", Buffer.byteLength(payload));
    await writeFile(testInfo.outputPath("summary.rsc.txt"), payload);
    expect(payload).not.toContain("Full summary with reasons and evidence");
    expect(payload).toContain("What matters for this patient");

    // Print: the top only by default, at most two pages of A4.
    await page.emulateMedia({ media: "print" });
    const pdf = (await page.pdf({ format: "A4", printBackground: true })).toString("latin1");
    const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    measured(testInfo, "print pages", pages);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    // Ticking "Include details" (a screen control) prints the findings too.
    await page.emulateMedia({ media: "screen" });
    await page.getByLabel("Include details when printing").check();
    await page.emulateMedia({ media: "print" });
    const full = (await page.pdf({ format: "A4", printBackground: true })).toString("latin1");
    const fullPages = full.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    measured(testInfo, "print pages with details", fullPages);
    expect(fullPages).toBeGreaterThan(pages);
    await page.emulateMedia({ media: "screen" });

    // A phone: the same top, stacked.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(summaryUrl);
    await page.screenshot({ path: testInfo.outputPath("summary-390.png"), fullPage: true });
    await expectNoAxeViolations(page);
  });

  test("a second assessment of the same patient shows what changed, and the list groups them", async ({
    page,
    browser,
  }, testInfo) => {
    test.setTimeout(120_000); // two whole checklists
    await signIn(page, "clinicianB");
    const ref = uniqueRef("followup");
    await submitCase(page, ref, { doses: "3", frequency: "Every day" });
    await expect(page.locator("#changes")).toHaveCount(0);
    await submitCase(page, ref.toLowerCase(), {
      doses: "1",
      frequency: "1 to 3 days a week",
      askCriteria: true,
    });
    const changes = page.locator("#changes");
    await expect(changes).toContainText("What changed since");
    await expect(page.getByText("· 1 earlier assessment")).toBeVisible();
    // With the closed "What changed" bar, the top still ends above the fold at 1280×800.
    const top = await detailsHeading(page).evaluate(
      (el) => el.getBoundingClientRect().top + window.scrollY,
    );
    measured(testInfo, "follow-up top height px", Math.round(top));
    expect(top).toBeLessThanOrEqual(800);
    await changes.locator(":scope > summary").click();
    const row = (label: string) => changes.getByRole("row", { name: new RegExp(`^${label}`) });
    // Both on the same day: the heading carries the first one's time.
    await expect(changes.locator(":scope > summary")).toContainText(
      /What changed since \d{1,2} \w{3} \d{4}, \d\d:\d\d/,
    );
    const changed = changes.getByRole("table", { name: /^Changed answers/ });
    const changedRow = (label: string) =>
      changed.getByRole("row", { name: new RegExp(`^${label}`) });
    await expect(changedRow("Doses on a day of use")).toContainText("3");
    await expect(changedRow("Doses on a day of use")).toContainText("1");
    await expect(changedRow("Frequency")).toContainText("1 to 3 days a week");
    await expect(changedRow("DSM-5 criteria")).toContainText(/not asked/i);
    await expect(changedRow("DSM-5 criteria")).toContainText("2 of 11");
    // Unchanged answers are folded away, not counted.
    await expect(changes.getByText(/^Unchanged answers \(\d+\)$/)).toBeVisible();
    await expect(row("Age band")).toBeHidden();
    await expect(changes.getByRole("heading", { name: "Resolved since then" })).toBeVisible();
    await expect(changes).toContainText("Daily use, three or more doses a day");
    await expectNoAxeViolations(page);
    await changes.screenshot({ path: testInfo.outputPath("what-changed.png") });

    // The note's route: owner only, a checked time zone, no session no note.
    const id = new URL(page.url()).pathname.split("/").pop();
    const noteUrl = `/api/assessments/${id}/text`;
    const own = await page.request.get(`${noteUrl}?tz=Europe/Paris`);
    expect(own.status()).toBe(200);
    expect(await own.text()).toContain("(Europe/Paris)");
    expect((await page.request.get(`${noteUrl}?tz=Mars/Base`)).status()).toBe(400);
    expect((await page.request.get("/api/assessments/not-a-uuid/text")).status()).toBe(400);
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    expect((await otherPage.request.get(noteUrl)).status()).toBe(401);
    await signIn(otherPage, "clinicianA");
    const foreign = await otherPage.request.get(noteUrl);
    expect(foreign.status()).toBe(404);
    expect(await foreign.text()).not.toContain(ref);
    await other.close();

    await page.goto("/assessments");
    const group = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: ref }) });
    await expect(group).toContainText("2 assessments");
    await expect(group).toContainText("DSM-5 criteria met: not asked → 2");
    await expect(group.getByRole("link", { name: /open this assessment/ })).toHaveCount(2);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: testInfo.outputPath("my-assessments.png"), fullPage: true });
  });

  test("evidence pages keep the signed-in header and read as a bibliography", async ({ page }) => {
    await signIn(page, "clinicianA");
    await page.goto("/evidence/hyperpigmentation");
    const header = page.getByRole("banner");
    await expect(header).toContainText("Dr A");
    await expect(header.getByRole("button", { name: /Sign out/ })).toBeVisible();
    const references = page.locator("#references");
    await expect(references.getByRole("listitem").first()).toBeVisible();
    await expect(references).not.toContainText("in the project evidence file");
    await expect(references).not.toContainText(/not shown/i);
    await expectNoAxeViolations(page);
  });
});
