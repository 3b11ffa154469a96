// A clinic admin creates a clinician (who sets their own password through a one-time link the
// admin hands over), deactivates them (their open session ends at the next click), reactivates
// them and resets their password (a new link); the audit log shows each step.
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, signIn, test } from "../fixtures";

const INVALID = "Email or password is not correct.";

/** The clinician opens the link the admin handed over and chooses their own password. */
async function choosePassword(page: Page, link: string, password: string) {
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Set your password" })).toBeVisible();
  await page.getByLabel("New password", { exact: true }).fill(password);
  await page.getByLabel("New password again").fill(password);
  await page.getByRole("button", { name: "Set password" }).click();
  await page.waitForURL(/\/sign-in\?password=set$/);
  await expect(page.getByText("Your password is set.")).toBeVisible();
}

async function signInAs(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("admin manages a clinician account end to end", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const email = `e2e-made-${stamp}@test.local`;
  const name = `Dr Made ${stamp}`;
  const firstPassword = "harbour-violet-31";
  const secondPassword = "granite-tulip-88";

  await signIn(page, "admin");
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { level: 1, name: "Clinician accounts" })).toBeVisible();

  // Field errors from the same schema as the server, shown at the fields.
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Enter the clinician's name." })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Full name").fill(name);
  await page.getByLabel("Email").fill(email);
  await expect(page.getByLabel(/password/i)).toHaveCount(0);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText(`Account created for ${name}.`)).toBeVisible();
  await expect(page.getByRole("link", { name })).toBeVisible();
  // The link is shown once, to hand over; the admin never chooses or sees the password.
  const invitation = await page.getByLabel("Password link").inputValue();
  expect(invitation).toMatch(/\/set-password\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByText(/It is not shown\s+again/)).toBeVisible();
  await expectNoAxeViolations(page);

  // The same email again is refused at the email field.
  await page.getByLabel("Full name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(
    page.getByText("An account with this email address already exists.").first(),
  ).toBeVisible();

  // In the admin's own signed-in browser the link refuses to set anything.
  const adminTab = await page.context().newPage();
  await adminTab.goto(invitation);
  await adminTab.getByLabel("New password", { exact: true }).fill(firstPassword);
  await adminTab.getByLabel("New password again").fill(firstPassword);
  await adminTab.getByRole("button", { name: "Set password" }).click();
  await expect(adminTab.getByText(/Sign out first/).first()).toBeVisible();
  await adminTab.close();

  // The new clinician sets their password from the link, then signs in, in their own browser.
  const clinicianContext = await browser.newContext();
  const clinician = await clinicianContext.newPage();
  await choosePassword(clinician, invitation, firstPassword);
  await expectNoAxeViolations(clinician);
  // Used once.
  await clinician.goto(invitation);
  await expect(clinician.getByText(/expired or has already been used/)).toBeVisible();
  await signInAs(clinician, email, firstPassword);
  await clinician.waitForURL(/\/assessments$/);

  // Deactivate: the clinician's next request finds no session.
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Deactivate account" }).click();
  await page.getByRole("button", { name: "Yes, deactivate" }).click();
  await expect(page.getByText(`${name} is deactivated.`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Reactivate account" })).toBeVisible();

  await clinician.reload();
  await expect(clinician).toHaveURL(/\/sign-in\?next=/);
  await signInAs(clinician, email, firstPassword);
  await expect(clinician.getByText(INVALID)).toBeVisible();

  // Reactivate, then reset the password: the old one stops working, the new one works.
  await page.getByRole("button", { name: "Reactivate account" }).click();
  await expect(page.getByText(`${name} can sign in again.`)).toBeVisible();
  await page.getByRole("button", { name: "Reset password and issue a link" }).click();
  await expect(page.getByText(/Password reset\./)).toBeVisible();
  const resetLink = await page.getByLabel("Password link").inputValue();

  await signInAs(clinician, email, firstPassword);
  await expect(clinician.getByText(INVALID)).toBeVisible();
  await choosePassword(clinician, resetLink, secondPassword);
  await signInAs(clinician, email, secondPassword);
  await clinician.waitForURL(/\/assessments$/);
  await clinicianContext.close();

  // The audit log lists what happened, with the admin as the actor.
  await page.goto("/admin/audit");
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  for (const what of [
    "Created an account",
    "Issued an invitation link",
    "Deactivated an account",
    "Reactivated an account",
    "Reset a password",
  ])
    await expect(page.getByRole("cell", { name: new RegExp(`^${what}`) }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});
