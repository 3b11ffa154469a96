import {
  choose,
  completeChecklist,
  continueStep,
  fillPatient,
  startAssessment,
  uniqueRef,
} from "../checklist";
import { expect, expectNoAxeViolations, signIn, test } from "../fixtures";

test.describe("Back after submit, nothing lost, discarding", () => {
  test("Back after submitting lands on the summary, never on a blank form", async ({ page }) => {
    await signIn(page, "clinicianA");
    const ref = uniqueRef("back");
    await completeChecklist(page, ref);
    const reviewUrl = page.url();
    await page.getByRole("button", { name: "Submit assessment" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Assessment summary" })).toBeVisible();
    const summaryUrl = page.url();

    // Back into the checklist: the router restores the review from its cache; the page must
    // not offer the empty form and a live Submit again.
    await page.goBack();
    await expect(page).toHaveURL(summaryUrl);
    await expect(page.getByRole("heading", { level: 1, name: "Assessment summary" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Submit assessment" })).toHaveCount(0);
    // Further back (the last step) is a submitted draft too.
    await page.goBack();
    await expect(page).toHaveURL(summaryUrl);
    await expect(page.getByRole("button", { name: "Submit assessment" })).toHaveCount(0);
    await expect(
      page.getByRole("button", { name: /Save and continue|Continue to review/ }),
    ).toHaveCount(0);

    // On a phone, the summary's level and "What matters" are on the first screen.
    await page.setViewportSize({ width: 390, height: 844 });
    const whatMatters = await page
      .getByRole("heading", { name: "What matters for this patient" })
      .evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
    expect(whatMatters).toBeLessThan(844);
    await page.setViewportSize({ width: 1280, height: 800 });

    // A later visit from history or a bookmark, in a fresh load.
    await page.goto(reviewUrl);
    await expect(page).toHaveURL(summaryUrl);
    await page.goto("/assessments");
    await expect(page.getByRole("link", { name: ref, exact: true })).toHaveCount(1);
  });

  test("a change followed at once by a reload is kept", async ({ page }) => {
    await signIn(page, "clinicianA");
    await startAssessment(page);
    await fillPatient(page, uniqueRef("reload"));
    await continueStep(page, "Tolerance and use pattern");
    await choose(page, /Which products/, "Leaf or powder", "Capsules or tablets of leaf powder");
    // No wait for the autosave: the reload comes well inside its 1.5 s delay.
    await page.reload();
    const products = page.getByRole("group", { name: /Which products/ });
    await expect(products.getByLabel("Leaf or powder", { exact: true })).toBeChecked();
    await expect(products.getByLabel("Capsules or tablets of leaf powder")).toBeChecked();
    // And it reached the server, not only this tab: a fresh page in another tab sees it.
    await expect(page.getByRole("status").filter({ hasText: /Draft saved at/ })).toBeVisible();
    const other = await page.context().newPage();
    await other.goto(page.url());
    await expect(
      other
        .getByRole("group", { name: /Which products/ })
        .getByLabel("Leaf or powder", { exact: true }),
    ).toBeChecked();
    await other.close();
  });

  test("on a phone the step list is one row and the first question is on the first screen", async ({
    page,
  }) => {
    await signIn(page, "clinicianA");
    await page.setViewportSize({ width: 390, height: 844 });
    await startAssessment(page);
    const steps = page.getByRole("navigation", { name: "Checklist progress" }).getByRole("link");
    await expect(steps).toHaveCount(7);
    // Every step keeps its name for a screen reader, though a phone shows its number.
    await expect(steps.nth(1)).toHaveAccessibleName(/Tolerance and use pattern/);
    const tops = await steps.evaluateAll((links) =>
      links.map((l) => Math.round(l.getBoundingClientRect().top)),
    );
    expect(new Set(tops).size).toBe(1);
    const field = await page
      .getByLabel("Patient reference")
      .evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
    expect(field).toBeLessThan(844);
    await expectNoAxeViolations(page);
  });

  test("a failed autosave retries by itself and says when the draft is saved", async ({ page }) => {
    await signIn(page, "clinicianA");
    await startAssessment(page);
    const ref = uniqueRef("retry");
    // The connection drops: every server action call fails at the network.
    const isAction = (url: URL) => url.pathname.startsWith("/checklist/");
    await page.route(isAction, (route) =>
      route.request().method() === "POST" && route.request().headers()["next-action"]
        ? route.abort("internetdisconnected")
        : route.continue(),
    );
    await page.getByLabel("Patient reference").fill(ref);
    const problem = page.getByRole("alert").filter({ hasText: "There is a problem" });
    await expect(problem).toContainText("keeps trying by itself");
    await expect(page.getByRole("status").filter({ hasText: "Not saved yet" })).toBeVisible();
    // The connection is back: no click needed.
    await page.unroute(isAction);
    await expect(
      page.getByRole("status").filter({ hasText: /Draft saved at \d\d:\d\d/ }),
    ).toBeVisible({
      timeout: 20_000,
    });
    await expect(problem).toHaveCount(0);
    await page.reload();
    await expect(page.getByLabel("Patient reference")).toHaveValue(ref);
  });

  test("an error summary line goes as its answer is fixed", async ({ page }) => {
    await signIn(page, "clinicianA");
    await startAssessment(page);
    await page.getByRole("button", { name: "Save and continue" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
    await expect(summary).toBeVisible();
    await expect(summary.getByRole("link", { name: /patient reference/i })).toBeVisible();
    await page.getByLabel("Patient reference").fill(uniqueRef("fix"));
    await expect(summary.getByRole("link", { name: /patient reference/i })).toHaveCount(0);
    await expect(summary).toBeVisible();
  });

  test("after Save and continue the focus is on the new step's heading; a skip button reaches the first question", async ({
    page,
  }) => {
    await signIn(page, "clinicianA");
    await startAssessment(page);
    await fillPatient(page, uniqueRef("focus"));
    await continueStep(page, "Tolerance and use pattern");
    await expect(
      page.getByRole("heading", { level: 1, name: "Tolerance and use pattern" }),
    ).toBeFocused();
    await page.getByRole("button", { name: "Skip to the first question" }).focus();
    await page.keyboard.press("Enter");
    await expect(
      page
        .getByRole("group", { name: /Which products/ })
        .getByLabel("Leaf or powder", { exact: true }),
    ).toBeFocused();
  });

  test("a draft can be discarded after a confirmation, and is gone", async ({ page }) => {
    await signIn(page, "clinicianA");
    const ref = uniqueRef("discard");
    await startAssessment(page);
    await fillPatient(page, ref);
    await continueStep(page, "Tolerance and use pattern");
    await page.goto("/assessments");
    await page.getByRole("button", { name: `Discard draft ${ref}` }).click();
    await expect(page.getByRole("button", { name: "Keep it" })).toBeFocused();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Keep it" }).click();
    await expect(page.getByRole("link", { name: `Resume assessment ${ref}` })).toBeVisible();
    await page.getByRole("button", { name: `Discard draft ${ref}` }).click();
    await page.getByRole("button", { name: "Discard draft", exact: true }).click();
    await expect(page.getByRole("link", { name: `Resume assessment ${ref}` })).toHaveCount(0);
  });
});
