import type { Page } from "@playwright/test";
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

/** Where the keyboard focus is: its label, the legend of its fieldset, and whether it is ticked. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    const label = el?.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : "";
    return {
      label: (label || el?.getAttribute("aria-label") || el?.textContent || "").trim(),
      legend: el?.closest("fieldset")?.querySelector("legend")?.textContent?.trim() ?? "",
      checked: Boolean(el?.checked),
    };
  });
}

/** Presses Tab until the focus matches, going forward through the page as a keyboard user does. */
async function tabUntil(
  page: Page,
  match: (f: Awaited<ReturnType<typeof focused>>) => boolean,
  what: string,
) {
  for (let i = 0; i < 90; i++) {
    await page.keyboard.press("Tab");
    const f = await focused(page);
    if (match(f)) return f;
  }
  throw new Error(`Could not reach ${what} with Tab`);
}

/** A radio group is one Tab stop: Space picks the first option, arrows move and pick. */
async function radio(page: Page, legend: RegExp, label: string) {
  let f = await tabUntil(page, (x) => legend.test(x.legend), `${legend}`);
  if (f.label === label) return page.keyboard.press("Space");
  for (let i = 0; i < 12 && f.label !== label; i++) {
    await page.keyboard.press("ArrowDown");
    f = await focused(page);
  }
  expect(f.label).toBe(label);
}

async function tick(page: Page, legend: RegExp, label: string) {
  await tabUntil(page, (x) => legend.test(x.legend) && x.label === label, label);
  await page.keyboard.press("Space");
}

async function press(page: Page, name: RegExp, heading: string) {
  await tabUntil(page, (x) => name.test(x.label), `${name}`);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
}

test("the whole checklist can be completed and submitted with the keyboard alone", async ({
  page,
}) => {
  test.setTimeout(240_000);
  await signIn(page, "clinicianA");
  await startAssessment(page);
  await tabUntil(page, (x) => /Patient reference/.test(x.label), "the patient reference");
  await page.keyboard.type(uniqueRef("kbd-all"));
  await radio(page, /^Age band$/, "55–64");
  await radio(page, /^Sex$/, "Female");
  await tick(page, /Why does the patient use kratom/, "Energy, focus or work");
  await press(page, /Save and continue/, "Tolerance and use pattern");

  await tick(page, /Which products/, "Leaf or powder");
  await radio(page, /Usual amount per dose/, "Under 2 g of leaf");
  await radio(page, /How often is kratom used/, "1 to 3 days a week");
  await tabUntil(page, (x) => /Doses on a typical day/.test(x.label), "doses a day");
  await page.keyboard.type("2");
  await radio(page, /How long has the patient used/, "1 to 6 months");
  await radio(page, /amount gone up/, "No");
  await radio(page, /need more for the same effect/, "No");
  await tick(page, /Other substances used with kratom/, "None");
  await press(page, /Save and continue/, "Interacting medications");

  await tabUntil(page, (x) => /Search medicines/.test(x.label), "the medicine search");
  await page.keyboard.type("sertral");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("list", { name: "Current medicines" })).toContainText(/sertraline/i);
  await press(page, /Save and continue/, "Dependence and withdrawal");

  await radio(page, /dose is missed or delayed/, "No symptoms when a dose is missed");
  await radio(page, /Time since the last dose/, "8 to 24 hours ago");
  await radio(page, /Earlier attempts to stop/, "Unknown / not asked");
  await radio(page, /DSM-5 criteria/, "Not asked or patient declined");
  await press(page, /Save and continue/, "Skin changes");

  await radio(page, /new darkening of the skin/, "No");
  await radio(page, /Fitzpatrick skin type/, "Not assessed");
  await tick(page, /other causes of pigmentation/, "None of these");
  await press(page, /Save and continue/, "Other harms");

  await tick(page, /Liver symptoms/, "None of these");
  await radio(page, /Any seizure/, "No");
  await radio(page, /Palpitations or fainting/, "No");
  await radio(page, /Pregnancy and breastfeeding/, "Not pregnant or breastfeeding");
  await press(page, /Continue to review/, "Review and submit");

  await press(page, /Submit assessment/, "Assessment summary");
});
