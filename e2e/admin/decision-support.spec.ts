// A clinic admin registers an EHR for the CDS Hooks service, turns patient-view on, and sees the
// card figure on the dashboard; every page passes axe.
import { expect, expectNoAxeViolations, signIn, test } from "../fixtures";

test("admin registers an EHR for decision support at prescribing", async ({ page }) => {
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const name = `EHR ${stamp}`;
  await signIn(page, "admin");
  await page.goto("/admin/decision-support");
  await expect(
    page.getByRole("heading", { level: 1, name: "Decision support in the EHR" }),
  ).toBeVisible();

  // The same schema as the server: an http JWKS address off the loopback is refused at its field.
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Issuer (iss)").fill(`https://${stamp}.ehr.example/fhir`);
  await page.getByLabel("JWKS address").fill(`http://${stamp}.ehr.example/jwks.json`);
  await page.getByRole("button", { name: "Register" }).click();
  await expect(
    page.getByRole("link", { name: "Enter the JWKS address as an https:// address." }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("JWKS address").fill(`https://${stamp}.ehr.example/jwks.json`);
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page.getByText(`${name} is registered.`)).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText("Accepted; patient-view off");
  await row.getByRole("button", { name: "Turn patient-view on" }).click();
  await expect(row).toContainText("Accepted; patient-view on");
  await expectNoAxeViolations(page);

  await page.goto("/admin");
  await expect(
    page.getByRole("heading", { name: "Decision support at prescribing" }),
  ).toBeVisible();
  await expect(page.getByRole("table", { name: "Cards and outcomes" })).toBeVisible();
});
