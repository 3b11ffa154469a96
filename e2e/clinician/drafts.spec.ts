import {
  choose,
  completeChecklist,
  continueStep,
  fillPatient,
  startAssessment,
  uniqueRef,
} from "../checklist";
import { expect, expectNoAxeViolations, signIn, test } from "../fixtures";

test.describe("drafts and submission", () => {
  test("a reload, and signing out and in again, resume the draft with every answer", async ({
    page,
  }) => {
    await signIn(page, "clinicianA");
    const ref = uniqueRef("resume");
    await startAssessment(page);
    await fillPatient(page, ref);
    await continueStep(page, "Tolerance and use pattern");
    await choose(page, /Which products/, "Capsules or tablets of leaf powder");
    // The autosave runs shortly after the last change: wait for it, as a person would.
    await expect(
      page.getByRole("status").filter({ hasText: /Unsaved changes|Saving draft/ }),
    ).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible();
    await page.reload();
    await expect(
      page
        .getByRole("group", { name: /Which products/ })
        .getByLabel("Capsules or tablets of leaf powder"),
    ).toBeChecked();
    await page.getByRole("button", { name: "Back" }).click();
    await expect(page.getByLabel("Patient reference")).toHaveValue(ref);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await signIn(page, "clinicianA");
    await page.getByRole("link", { name: `Resume assessment ${ref}` }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Tolerance and use pattern" }),
    ).toBeVisible();
    await expect(
      page
        .getByRole("group", { name: /Which products/ })
        .getByLabel("Capsules or tablets of leaf powder"),
    ).toBeChecked();
    await expectNoAxeViolations(page);
  });

  test("submitting twice stores one assessment", async ({ page }) => {
    await signIn(page, "clinicianA");
    const ref = uniqueRef("double");
    await completeChecklist(page, ref);
    const draftUrl = page.url();
    // Two clicks in the same tick, before React can disable the button.
    await page
      .getByRole("button", { name: "Submit assessment" })
      .evaluate((button: HTMLButtonElement) => {
        button.click();
        button.click();
      });
    await expect(page.getByRole("heading", { level: 1, name: "Assessment summary" })).toBeVisible();
    // A retry of the same draft (a dropped connection, the back button) lands on the same summary.
    const summaryUrl = page.url();
    await page.goto(draftUrl);
    await expect(page).toHaveURL(summaryUrl);
    await page.goto("/assessments");
    await expect(page.getByRole("link", { name: ref, exact: true })).toHaveCount(1);
  });

  test("another clinician cannot open someone else's assessment or draft", async ({
    page,
    browser,
  }) => {
    await signIn(page, "clinicianA");
    const ref = uniqueRef("private");
    await completeChecklist(page, ref);
    await page.getByRole("button", { name: "Submit assessment" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Assessment summary" })).toBeVisible();
    const summaryPath = new URL(page.url()).pathname;

    const other = await browser.newPage();
    await signIn(other, "clinicianB");
    const response = await other.goto(summaryPath);
    expect(response?.status()).toBe(404);
    await expect(other.getByText(ref)).toHaveCount(0);
    await other.goto("/assessments");
    await expect(other.getByText(ref)).toHaveCount(0);
    await other.close();
  });
});

test("an oversized request to a server action is refused before it reaches the action", async ({
  page,
}) => {
  await signIn(page, "clinicianA");
  await startAssessment(page);
  await fillPatient(page, uniqueRef("big"));
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"])),
    page.getByRole("button", { name: "Save and continue" }).click(),
  ]);
  const headers = request.headers();
  const huge = JSON.stringify([
    { draftId: "x", answers: { patient: { otherReason: "x".repeat(200_000) } }, stepReached: 1 },
  ]);
  const response = await page.request.post(request.url(), {
    headers: {
      "next-action": headers["next-action"],
      "content-type": headers["content-type"] ?? "text/plain;charset=UTF-8",
      origin: new URL(request.url()).origin,
      accept: "text/x-component",
    },
    data: huge,
  });
  expect(response.status()).toBe(413);
});
