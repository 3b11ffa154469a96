// The clinic figures dashboard against the production build: numbers for a clinic with enough
// assessments, "<11" for small counts, filters in the address, the offered combinations said at
// the filters (and stale figures cleared), the CSV (with its byte-order mark) of what is on screen,
// chart labels that never overlap at 1280 and 390 wide, no layout shift, an axe scan, and who
// may open what.
import { randomBytes, randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { ensureClinic } from "../../prisma/accounts";
import { scriptClient } from "../../prisma/client";
import { expect, expectNoAxeViolations, signIn, test } from "../fixtures";

const CLINIC = `E2E Figures ${Date.now().toString(36)}`;
// A clinic of 75 with mixed levels in every group, three high-risk women (a small count), and
// four men aged 45–54 (a group below the threshold: clinic with age band is not offered).
const GROUPS = [
  { count: 12, sex: "female", ageBand: "25-34", overall: "moderate" },
  { count: 8, sex: "female", ageBand: "25-34", overall: "low" },
  { count: 3, sex: "female", ageBand: "25-34", overall: "high" },
  { count: 12, sex: "female", ageBand: "35-44", overall: "low" },
  { count: 8, sex: "female", ageBand: "35-44", overall: "moderate" },
  { count: 7, sex: "male", ageBand: "25-34", overall: "moderate" },
  { count: 6, sex: "male", ageBand: "25-34", overall: "low" },
  { count: 8, sex: "male", ageBand: "35-44", overall: "low" },
  { count: 7, sex: "male", ageBand: "35-44", overall: "moderate" },
  { count: 2, sex: "male", ageBand: "45-54", overall: "low" },
  { count: 2, sex: "male", ageBand: "45-54", overall: "moderate" },
];
// The clinic's total: 75 perturbed by at most ±10 (the cell-key method, docs/aggregates.md), and
// the CSV always says what the screen says. Three high-risk women show as "<11" or 0.
const TOTAL = /^(6[5-9]|7\d|8[0-5])$/;
const SMALL = /^(<11|0)$/;

test.beforeAll(async () => {
  const db = scriptClient();
  try {
    const clinicId = await ensureClinic(db, CLINIC);
    const clinicianId = `e2e-figures-${randomUUID()}`;
    await db.user.create({
      data: {
        id: clinicianId,
        name: "Figures fixture",
        email: `${clinicianId}@test.local`,
        role: "clinician",
        clinicId,
        active: false,
      },
    });
    // Submitted a minute ago: past the publisher's settling time.
    const submittedAt = new Date(Date.now() - 60_000);
    for (const g of GROUPS) {
      for (let i = 0; i < g.count; i++) {
        const draft = await db.draft.create({ data: { clinicianId, payload: "fixture" } });
        await db.assessment.create({
          data: {
            draftId: draft.id,
            clinicianId,
            clinicId,
            patientRefHash: randomBytes(32).toString("hex"),
            patientRefCipher: "fixture",
            answersCipher: "fixture",
            ageBand: g.ageBand,
            sex: g.sex,
            overallLevel: g.overall,
            dependenceSeverity: "none",
            skinChange: "no",
            rulesetVersion: "e2e",
            evidenceVersion: "e2e",
            summary: {},
            submittedAt,
          },
        });
      }
    }
  } finally {
    await db.$disconnect();
  }
});

/** Opens /admin and waits until the publisher's release lists the fixture clinic. */
async function openWithClinic(page: Page) {
  await signIn(page, "admin");
  await page.goto("/admin");
  await expect(page.getByRole("heading", { level: 1, name: "Clinic figures" })).toBeVisible();
  const clinic = page.getByLabel("Clinic");
  // The publisher process (scripts/publisher.ts) publishes within its interval; reloading brings
  // the new release in.
  await expect(async () => {
    await page.reload();
    await expect(clinic.getByRole("option", { name: CLINIC })).toBeAttached({ timeout: 2_000 });
  }).toPass({ timeout: 60_000, intervals: [3_000] });
  await clinic.selectOption({ label: CLINIC });
  return clinic;
}

test("an admin reads, filters and exports the clinic figures", async ({ page }) => {
  test.setTimeout(120_000);
  await openWithClinic(page);
  const total = page.getByRole("region", { name: "Submitted assessments" });
  await expect(total.getByText(TOTAL)).toBeVisible();
  const shown = (await total.getByText(TOTAL).textContent()) ?? "";
  await expect(page.getByRole("status")).toContainText(/Figures as of .* UTC \(release \d+\)/);
  const levels = page.getByRole("table", { name: "Assessments by overall risk level" });
  const high = levels.getByRole("row", { name: /High/ }).getByText(SMALL);
  await expect(high).toBeVisible();
  const highShown = (await high.textContent()) ?? "";
  await expect(page.getByRole("table", { name: /per month/ })).toBeVisible();
  await expectNoAxeViolations(page);

  // The filters are in the address: reloading it opens the same view (a bookmark).
  await expect(page).toHaveURL(/clinic=[0-9a-f-]{36}/);
  await page.reload();
  await expect(page.getByLabel("Clinic")).toHaveValue(/[0-9a-f-]{36}/);
  await expect(total.getByText(shown, { exact: true })).toBeVisible();

  // CSV: exactly what is on screen, small counts included, with a UTF-8 byte-order mark.
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: /Download CSV/ }).click();
  const csv = await readFile((await (await downloading).path()) as string, "utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain(`filter,Clinic,${CLINIC}`);
  expect(csv).toContain(`assessments,Submitted assessments,${shown}`);
  expect(csv).toContain(`overall level,High,${highShown}`);
  expect(csv).toMatch(/note,Figures as of,\d{4}-\d\d-\d\d \d\d:\d\d UTC/);

  // Clinic with year is offered (the fixture's assessments are all this year's).
  const year = String(new Date(Date.now() - 60_000).getUTCFullYear());
  await page.getByLabel("Year").selectOption({ label: year });
  await expect(total.getByText(TOTAL)).toBeVisible();
  await expect(levels.getByText(/^([1-9]|10)$/)).toHaveCount(0);

  // Clinic with age band is not offered (the four men aged 45–54 would be a group of their
  // own): the reason is said at the filters, and the figures go (none stay stale).
  await page.getByLabel("Age band").selectOption({ label: "45–54" });
  const form = page.getByRole("form", { name: "Filters" });
  await expect(form.getByRole("alert")).toContainText(
    "The figures are not offered for clinic, year and age band together.",
  );
  await expect(page.getByRole("region", { name: "Submitted assessments" })).toHaveCount(0);
  await expect(page.getByLabel("Age band")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Sex")).not.toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  // The age band alone is offered: figures again, without the monthly trend.
  await page.getByLabel("Clinic").selectOption({ label: "All clinics" });
  await page.getByLabel("Year").selectOption({ label: "All time" });
  await expect(form.getByRole("alert")).toBeEmpty();
  await expect(page.getByRole("region", { name: "Submitted assessments" })).toBeVisible();
  await expect(
    page.getByText("Monthly figures are kept for all age bands and sexes together"),
  ).toBeVisible();
  await expect(page.getByLabel("Age band")).not.toHaveAttribute("aria-invalid", "true");
});

test("a failed export says so", async ({ page }) => {
  test.setTimeout(120_000);
  await openWithClinic(page);
  await page.route("**/api/admin/aggregates/export**", (route) =>
    route.fulfill({
      status: 503,
      contentType: "application/json",
      body: JSON.stringify({ error: "The figures could not be loaded just now." }),
    }),
  );
  await page.getByRole("button", { name: /Download CSV/ }).click();
  await expect(
    page.getByRole("region", { name: "Submitted assessments" }).getByRole("alert"),
  ).toHaveText("The figures could not be loaded just now.");
});

/** Pairs of boxes that overlap, among the labels of each chart. */
async function overlappingLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const groups = [
      ...document.querySelectorAll("[aria-hidden='true']:has([data-chart-label])"),
      ...document.querySelectorAll("[data-axis]"),
    ];
    for (const g of groups) {
      const boxes = [...g.querySelectorAll("[data-chart-label], [data-axis-label]")]
        .map((e) => ({ text: e.textContent ?? "", r: e.getBoundingClientRect() }))
        .filter((b) => b.r.width > 0 && b.text.trim() !== "");
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i].r;
          const b = boxes[j].r;
          if (
            a.left < b.right - 0.5 &&
            b.left < a.right - 0.5 &&
            a.top < b.bottom - 0.5 &&
            b.top < a.bottom - 0.5
          )
            out.push(`${boxes[i].text} / ${boxes[j].text}`);
        }
      // A label wider than its box would spill into its neighbour.
      for (const e of g.querySelectorAll("[data-axis-label]"))
        if (e.scrollWidth > e.clientWidth + 1) out.push(`${e.textContent} spills`);
    }
    return out;
  });
}

for (const width of [1280, 390]) {
  test(`chart labels never overlap, and the page does not shift, at ${width} px`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 900 });
    await openWithClinic(page);
    await page.getByLabel("Clinic").selectOption({ label: "All clinics" });
    await expect(page.getByRole("table", { name: /per month/ })).toBeVisible();
    expect(await overlappingLabels(page)).toEqual([]);
    await page.getByLabel("Year").selectOption({ index: 1 });
    await expect(page.getByRole("table", { name: /per month/ })).toBeVisible();
    expect(await overlappingLabels(page)).toEqual([]);
    await page.screenshot({ path: test.info().outputPath(`admin-${width}.png`), fullPage: true });

    // A fresh load of the view: figures rendered on the server, so nothing moves after paint.
    await page.evaluate(() => {
      (window as unknown as { __cls: number }).__cls = 0;
    });
    await page.addInitScript(() => {
      const w = window as unknown as { __cls: number; __long: number };
      w.__cls = 0;
      w.__long = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
        })[])
          if (!e.hadRecentInput) w.__cls += e.value;
      }).observe({ type: "layout-shift", buffered: true });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__long += Math.max(0, e.duration - 50);
      }).observe({ type: "longtask", buffered: true });
    });
    await page.reload();
    await expect(page.getByRole("table", { name: /per month/ })).toBeVisible();
    await page.waitForTimeout(1_500);
    const { cls, blocking } = await page.evaluate(() => {
      const w = window as unknown as { __cls: number; __long: number };
      return { cls: w.__cls, blocking: w.__long };
    });
    test.info().annotations.push({
      type: "perf",
      description: `${width}px CLS ${cls.toFixed(3)}, blocking ${blocking.toFixed(0)} ms`,
    });
    console.log(
      `/admin at ${width}px: CLS ${cls.toFixed(3)}, long-task blocking ${blocking.toFixed(0)} ms`,
    );
    expect(cls).toBeLessThan(0.02);
  });
}

test("an admin cannot open patient assessments, and a clinician cannot open the figures", async ({
  browser,
}) => {
  const admin = await browser.newPage();
  await signIn(admin, "admin");
  await admin.goto("/assessments");
  await expect(admin).toHaveURL(/\/forbidden$/);
  const clinician = await (await browser.newContext()).newPage();
  await signIn(clinician, "clinicianA");
  await clinician.goto("/admin");
  await expect(clinician).toHaveURL(/\/forbidden$/);
  for (const path of ["/api/admin/aggregates", "/api/admin/aggregates/version"]) {
    const api = await clinician.request.get(path);
    expect(api.status()).toBe(403);
  }
});
