// The erasure form: a documented request, a confirmation, and an answer that names a count,
// never a patient. What the erasure deletes is checked against PostgreSQL in
// tests/integration/erasure.int.test.ts; here the page, its errors and its accessibility.
import { expect, expectNoAxeViolations, signIn, test } from "../fixtures";

test("an admin erases by patient reference only with a request reference and a confirmation", async ({
  page,
}) => {
  await signIn(page, "admin");
  await page.goto("/admin/erasure");
  await expect(page.getByRole("heading", { level: 1, name: "Erasure requests" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Erase assessments" }).click();
  await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Enter the patient reference." })).toBeVisible();
  await expect(
    page.getByRole("link", { name: /Confirm that the request is documented/ }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Patient reference").fill(`NOBODY-${Date.now().toString(36)}`);
  await page.getByLabel("Request reference").fill("Jane Doe");
  await page.getByLabel(/The request is documented/).check();
  await page.getByRole("button", { name: "Erase assessments" }).click();
  await expect(page.getByRole("link", { name: /no names or patient details/ })).toBeVisible();

  await page.getByLabel("Request reference").fill("ER-E2E-1");
  await page.getByRole("button", { name: "Erase assessments" }).click();
  await expect(
    page.getByText("No assessment in your clinic has that patient reference."),
  ).toBeVisible();
});
