import { startAssessment, uniqueRef } from "../checklist";
import { expect, signIn, test } from "../fixtures";

/** Tab to a control whose accessible name matches, pressing Tab at most `limit` times. */
async function tabTo(page: import("@playwright/test").Page, name: RegExp, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return "";
      const labelled = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : "";
      return `${labelled ?? ""} ${el.getAttribute("aria-label") ?? ""} ${el.textContent ?? ""}`.trim();
    });
    if (name.test(label)) return;
  }
  throw new Error(`Could not reach ${name} with Tab`);
}

test("the patient step can be completed with the keyboard alone", async ({ page }) => {
  await signIn(page, "clinicianA");
  await startAssessment(page);
  await tabTo(page, /Patient reference/);
  await page.keyboard.type(uniqueRef("kbd"));
  // A radio group is one Tab stop; arrow keys move through it and select.
  await tabTo(page, /^Under 18$/);
  for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowDown");
  await expect(page.getByLabel("45–54", { exact: true })).toBeChecked();
  await tabTo(page, /^Female$/);
  await page.keyboard.press("Space");
  await tabTo(page, /^Energy, focus or work$/);
  await page.keyboard.press("Space");
  await tabTo(page, /Save and continue/);
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("heading", { level: 1, name: "Tolerance and use pattern" }),
  ).toBeVisible();
  // The medication combobox: type, arrow down, Enter picks without submitting the step.
  await page.goto(page.url().replace("use-pattern", "medications"));
  await tabTo(page, /Search medicines/);
  await page.keyboard.type("sertral");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("list", { name: "Current medicines" })).toContainText(/sertraline/i);
  await expect(
    page.getByRole("heading", { level: 1, name: "Interacting medications" }),
  ).toBeVisible();
});
