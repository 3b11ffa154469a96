import type { Page } from "@playwright/test";
import { continueStep, fillPatient, startAssessment, uniqueRef } from "../checklist";
import { expect, expectNoAxeViolations, signIn, test } from "../fixtures";

/** Opens the medications step of a fresh draft. */
async function openMedications(page: Page) {
  await signIn(page, "clinicianA");
  await startAssessment(page);
  await fillPatient(page, uniqueRef("meds"));
  await continueStep(page, "Tolerance and use pattern");
  await page.goto(page.url().replace("use-pattern", "medications"));
  await expect(
    page.getByRole("heading", { level: 1, name: "Interacting medications" }),
  ).toBeVisible();
}

const picked = (page: Page) => page.getByRole("list", { name: "Current medicines" });
const search = (page: Page) => page.getByRole("combobox", { name: /Search medicines/ });
const freeText = (page: Page) => page.getByLabel(/Other medicines not found in the list/);

test.describe("medicine search never puts a different medicine in the record", () => {
  test("an approximate match is labelled, and Enter does not pick it until the clinician moves to it", async ({
    page,
  }) => {
    await openMedications(page);
    await search(page).fill("hydroxizine");
    const guess = page.getByRole("option", { name: /Did you mean hydroxyzine\?/ });
    await expect(guess).toBeVisible();
    await expect(guess).toContainText("approximate");
    await expect(page.getByText(/No exact match: the suggestions are approximate/)).toBeVisible();
    await expect(search(page)).not.toHaveAttribute("aria-activedescendant", /.+/);
    await expectNoAxeViolations(page);

    // Enter alone adds nothing and does not submit the step.
    await search(page).press("Enter");
    await expect(page.getByText("None added yet.")).toBeVisible();
    await expect(
      page.getByRole("heading", { level: 1, name: "Interacting medications" }),
    ).toBeVisible();

    // Moving to it with the arrow key, then Enter, picks it.
    await search(page).press("ArrowDown");
    await expect(guess).toHaveAttribute("aria-selected", "true");
    await search(page).press("Enter");
    await expect(picked(page)).toContainText("hydroxyzine");
  });

  test("an exact name wins over its look-alike and Enter picks it", async ({ page }) => {
    await openMedications(page);
    await search(page).fill("hydralazine");
    await expect(page.getByRole("option").first()).toContainText("generic name");
    await search(page).press("Enter");
    await expect(picked(page)).toContainText("hydralazine");
    await expect(picked(page)).not.toContainText("hydroxyzine");
  });

  test("Enter records nothing for a name's start shared by several medicines, a brand family or a group word", async ({
    page,
  }) => {
    await openMedications(page);
    // "hydro" starts hydrocodone and hydroxychloroquine: Enter keeps the list open and asks.
    await search(page).fill("hydro");
    // The visible hint (the live region says it too, after the count).
    await expect(page.getByText(/^Several medicines match: choose one/)).toBeVisible();
    await search(page).press("Enter");
    await expect(page.getByText("None added yet.")).toBeVisible();
    // A brand family lists its products, each saying how it differs from the plain one.
    await search(page).fill("Excedrin");
    await expect(
      page.getByRole("option", { name: /Excedrin PM — night-time, contains diphenhydramine/ }),
    ).toBeVisible();
    await search(page).press("Enter");
    await expect(page.getByText("None added yet.")).toBeVisible();
    // A group word is said to be a group, with no spelling guesses.
    await search(page).fill("benzos");
    await expect(
      page.getByText(/names a group of medicines \(benzodiazepines\), not one medicine: type/),
    ).toBeVisible();
    await expect(page.getByRole("option", { name: /benzonatate/ })).toHaveCount(0);
    await expectNoAxeViolations(page);
    // The abbreviation is a name of its own: ASA is aspirin, and Enter records it.
    await search(page).fill("ASA");
    await expect(page.getByRole("option").first()).toContainText("also called ASA");
    await search(page).press("Enter");
    await expect(picked(page)).toContainText("aspirin");
    await expect(picked(page)).not.toContainText("mesalamine");
  });

  test("the typed text can always be added as unchecked free text", async ({ page }) => {
    await openMedications(page);
    await search(page).fill("Journavx");
    const option = page.getByRole("option", { name: /Add “Journavx” as free text/ });
    await expect(option).toBeVisible();
    await search(page).press("ArrowDown");
    await expect(option).toHaveAttribute("aria-selected", "true");
    await search(page).press("Enter");
    await expect(freeText(page)).toHaveValue("Journavx");
    await expect(page.getByText("None added yet.")).toBeVisible();
    await expect(
      page.getByRole("list", { name: "Free text check" }).getByRole("listitem"),
    ).toContainText("not recognised — stays unchecked");
  });
});

test.describe("free text is read as it is typed", () => {
  test("a recognised entry moves to the picked medicines with one button; a guess is only offered", async ({
    page,
  }) => {
    await openMedications(page);
    await freeText(page).fill("OxyContin 20 mg, hydroxizine\nherbal tea from the market");
    const check = page.getByRole("list", { name: "Free text check" });
    await expect(check.getByRole("listitem")).toHaveCount(3);
    await expect(check).toContainText("recognised as oxycodone —");
    await expect(check).toContainText("did you mean hydroxyzine?");
    await expect(check).toContainText("not recognised — stays unchecked");
    // The suggestion is never added by itself.
    await expect(page.getByText("None added yet.")).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: /Free text: 3 entries/ })).toHaveText(
      "Free text: 3 entries, 1 recognised, 1 with a suggestion, 1 not recognised.",
    );
    await expectNoAxeViolations(page);

    // Keyboard only: Tab from the text to the first button and press Enter; focus returns to
    // the text.
    const add = page.getByRole("button", { name: /^Add it: oxycodone, recognised from/ });
    await freeText(page).press("Tab");
    await expect(add).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(picked(page)).toContainText("oxycodone");
    await expect(freeText(page)).toBeFocused();
    await expect(page.getByRole("status").filter({ hasText: /oxycodone added/ })).toBeAttached();
    await expect(freeText(page)).toHaveValue("hydroxizine\nherbal tea from the market");
    await expect(check.getByRole("listitem")).toHaveCount(2);

    // The clinician accepts the suggestion explicitly.
    await page.getByRole("button", { name: /^Add it: hydroxyzine, suggested for/ }).click();
    await expect(picked(page)).toContainText("hydroxyzine");
    await expect(freeText(page)).toHaveValue("herbal tea from the market");
    await expectNoAxeViolations(page);

    // What stays is saved as unchecked free text.
    await continueStep(page, "Dependence and withdrawal");
  });
});
