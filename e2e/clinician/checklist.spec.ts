import { readFile } from "node:fs/promises";
import {
  choose,
  completeChecklist,
  continueStep,
  fillPatient,
  fillUsePattern,
  startAssessment,
  uniqueRef,
} from "../checklist";
import { expect, expectNoAxeViolations, signIn, test } from "../fixtures";

test.describe("clinician checklist", () => {
  test("signed-out visitors go to sign-in and come back afterwards", async ({ page }) => {
    await page.goto("/assessments");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fassessments/);
    await expectNoAxeViolations(page);
    await signIn(page, "clinicianA", "/assessments");
    await expect(page).toHaveURL(/\/assessments$/);
  });

  test("wrong password says only that the details are wrong", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill("e2e-clinician-a@test.local");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Email or password is not correct.")).toBeVisible();
    await page.getByLabel("Email").fill("nobody-here@test.local");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Email or password is not correct.")).toBeVisible();
  });

  test("happy path: six steps, review, submit, cited summary with working evidence links", async ({
    page,
  }) => {
    test.setTimeout(120_000); // seven pages, five axe scans and every evidence link, on a shared machine
    await signIn(page, "clinicianA");
    await expectNoAxeViolations(page);
    const ref = uniqueRef("happy");
    await completeChecklist(page, ref);
    await expectNoAxeViolations(page);
    // The review names the patient reference (issue 17 §5), so the clinician checks whose it is.
    await expect(page.getByText(ref)).toBeVisible();
    await page.getByRole("button", { name: "Submit assessment" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Assessment summary" })).toBeVisible();
    await expect(page.getByText(ref)).toBeVisible();
    await expect(page.getByText(/Overall level:/)).toBeVisible();
    await expect(page.getByRole("article").first()).toBeVisible();
    await expect(page.getByText("Triggered by").first()).toBeVisible();
    await expectNoAxeViolations(page);

    // Every citation link on the summary resolves to an evidence page with that anchor.
    const hrefs = await page
      .locator('a[href^="/evidence/"]')
      .evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute("href") ?? ""))]);
    expect(hrefs.length).toBeGreaterThan(3);
    for (const href of hrefs) {
      const [path, anchor] = href.split("#");
      const response = await page.request.get(path);
      expect(response.status(), href).toBe(200);
      expect(await response.text(), href).toContain(`id="${anchor}"`);
    }
    // FHIR downloads: the response for this assessment and the Questionnaire it answers.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "FHIR QuestionnaireResponse" }).click(),
    ]);
    const fhir = JSON.parse(await readFile(await download.path(), "utf8"));
    expect(fhir.resourceType).toBe("QuestionnaireResponse");
    expect(JSON.stringify(fhir)).not.toContain(ref);

    await page.locator('a[href^="/evidence/"]').first().click();
    await expect(page.getByRole("heading", { level: 2, name: "References" })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto("/assessments");
    await expect(page.getByRole("link", { name: ref })).toBeVisible();
  });

  test("each step refuses invalid answers with errors at the fields", async ({ page }) => {
    await signIn(page, "clinicianA");
    await startAssessment(page);
    const continueButton = page.getByRole("button", { name: "Save and continue" });

    await continueButton.click();
    const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
    await expect(summary).toBeFocused();
    await expect(summary.getByText("Enter the patient reference.")).toBeVisible();
    await expect(page.getByLabel("Patient reference")).toHaveAttribute("aria-invalid", "true");
    await expectNoAxeViolations(page);
    await fillPatient(page, uniqueRef("errors"));
    await page.getByLabel(/Average pain/).fill("11");
    await continueButton.click();
    await expect(page.locator("#patient-peg-pain-error")).toContainText("from 0 to 10");
    await page.getByLabel(/Average pain/).fill("6");
    await continueStep(page, "Tolerance and use pattern");

    await continueButton.click();
    await expect(
      page.getByText("Choose at least one: the product forms used.").first(),
    ).toBeVisible();
    await fillUsePattern(page);
    await page.getByLabel("Doses on a typical day of use").fill("45");
    await continueButton.click();
    await expect(page.locator("#usePattern-dosesPerDay-error")).toBeVisible();
    await page.getByLabel("Doses on a typical day of use").fill("2");
    await choose(page, /Other substances used with kratom/, "None");
    await continueButton.click();
    await expect(page.locator("#usePattern-coUsed-error")).toContainText("cannot be combined");
    await page
      .getByRole("group", { name: /Other substances used with kratom/ })
      .getByLabel("Alcohol", { exact: true })
      .uncheck();
    await continueStep(page, "Interacting medications");

    await continueButton.click();
    await expect(page.locator("#medications-medicationIds-error")).toContainText(
      "confirm the patient takes none",
    );
    await page.getByLabel("The patient takes no medicines").check();
    await continueStep(page, "Dependence and withdrawal");

    await continueButton.click();
    await expect(page.locator("#dependence-criteriaAsked-error")).toBeVisible();
    await choose(page, /DSM-5 criteria/, "Not asked or patient declined");
    await choose(
      page,
      /dose is missed or delayed/,
      "Yes, symptoms when a dose is missed or delayed",
    );
    await choose(page, "Time since the last dose", "Unknown");
    await choose(page, "Earlier attempts to stop", "Unknown / not asked");
    await continueButton.click();
    await expect(page.locator("#dependence-withdrawalSymptoms-error")).toContainText(
      "Tick the withdrawal symptoms",
    );
    await choose(page, "Withdrawal symptoms reported", "Restlessness");
    await continueStep(page, "Skin changes");

    await choose(page, /new darkening of the skin/, "Yes");
    await continueButton.click();
    await expect(page.locator("#skin-sites-error")).toBeVisible();
    await expect(page.locator("#skin-colour-error")).toBeVisible();
    await choose(page, /new darkening of the skin/, "No");
    await choose(page, "Fitzpatrick skin type", "Not assessed");
    await choose(page, /other causes of pigmentation/, "Unknown / not asked");
    await continueStep(page, "Other harms");

    await page.getByRole("button", { name: "Continue to review" }).click();
    await expect(page.locator("#otherHarms-pregnancy-error")).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
