// The erasure form: a documented request, a count of what matches before anything is erased,
// and answers that name counts, never a patient. What the erasure deletes is checked against
// PostgreSQL in tests/integration/erasure.int.test.ts; here the page, its errors and axe.
import { expect, expectNoAxeViolations, signIn, test } from "../fixtures";

test("an admin first sees what a patient reference matches; nothing is erased without confirmation", async ({
  page,
}) => {
  await signIn(page, "admin");
  await page.goto("/admin/erasure");
  await expect(page.getByRole("heading", { level: 1, name: "Erasure requests" })).toBeVisible();
  await expectNoAxeViolations(page);

  const find = page.getByRole("button", { name: "Find matching assessments" });
  await find.click();
  await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Enter the patient reference." })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Patient reference").fill(`NOBODY-${Date.now().toString(36)}`);
  await page.getByLabel("Request reference").fill("Jane Doe");
  await find.click();
  await expect(page.getByRole("link", { name: /no names or patient details/ })).toBeVisible();

  await page.getByLabel("Request reference").fill("ER-E2E-1");
  await find.click();
  await expect(
    page.getByText("No assessment in your clinic has that patient reference. Nothing was erased."),
  ).toBeVisible();
  // Nothing matched, so there is nothing to confirm.
  await expect(page.getByRole("checkbox")).toHaveCount(0);
});
