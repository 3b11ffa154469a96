// The clinic figures dashboard against the production build: numbers for a clinic with enough
// assessments, "<11" for small counts, filters that change the figures (down to a group below the
// threshold), the CSV of what is on screen, an axe scan, and who may open what.
import { randomBytes, randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { ensureClinic } from "../../prisma/accounts";
import { scriptClient } from "../../prisma/client";
import { expect, expectNoAxeViolations, signIn, test } from "../fixtures";

const CLINIC = `E2E Figures ${Date.now().toString(36)}`;
// A clinic of 75 with mixed levels in every group, three high-risk women (a small count), and
// four men aged 45–54 (a group below the threshold once that age band is chosen).
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
const TOTAL = "75";

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
          },
        });
      }
    }
    await db.$queryRaw`SELECT refresh_aggregate_cell()`;
  } finally {
    await db.$disconnect();
  }
});

test("an admin reads, filters and exports the clinic figures", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, "admin");
  await page.goto("/admin");
  await expect(page.getByRole("heading", { level: 1, name: "Clinic figures" })).toBeVisible();
  const clinic = page.getByLabel("Clinic");
  // The server rebuilds its figures after the refresh; polling brings the new clinic in.
  await expect(clinic.getByRole("option", { name: CLINIC })).toBeAttached({ timeout: 30_000 });
  await clinic.selectOption({ label: CLINIC });

  const total = page.getByRole("region", { name: "Submitted assessments" });
  await expect(total.getByText(TOTAL, { exact: true })).toBeVisible();
  const levels = page.getByRole("table", { name: "Assessments by overall risk level" });
  await expect(levels.getByRole("row", { name: /High/ }).getByText("<11")).toBeVisible();
  await expect(page.getByRole("table", { name: /per month/ })).toBeVisible();
  await expectNoAxeViolations(page);

  // CSV: exactly what is on screen, small counts included.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: /Download CSV/ }).click();
  const csv = await readFile((await (await downloading).path()) as string, "utf8");
  expect(csv).toContain(`filter,Clinic,${CLINIC}`);
  expect(csv).toContain(`assessments,Submitted assessments,${TOTAL}`);
  expect(csv).toContain("overall level,High,<11");

  // Narrowing to the four men aged 45–54: a group below the threshold shows no numbers.
  await page.getByLabel("Age band").selectOption({ label: "45–54" });
  await expect(total.getByText("<11", { exact: true })).toBeVisible();
  await expect(levels.getByText(/^\d+$/)).toHaveCount(0);
  await expect(
    page.getByText("Monthly figures are kept for all age bands and sexes together"),
  ).toBeVisible();

  // Four narrowed filters at once would be too small to show: refused before asking.
  await page.getByLabel("Year").selectOption({ index: 1 });
  await page.getByLabel("Sex").selectOption({ label: "Male" });
  await expect(
    page.getByRole("alert").filter({ hasText: "Choose “All” for at least one" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

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
  const api = await clinician.request.get("/api/admin/aggregates");
  expect(api.status()).toBe(403);
});
