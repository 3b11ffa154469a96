import { expect, expectNoAxeViolations, test } from "../fixtures";

/**
 * Issue 20's demo in the demo EHR: the kratom patient's order page asks the app's CDS Hooks
 * service about an oxycodone order and shows the critical card; its link is launched through the
 * EHR (SMART, with the card's appContext) and opens the patient's checklist summary, signed in.
 */
const EHR = () => process.env.E2E_CDS_EHR_URL ?? "";

test("ordering oxycodone in the EHR shows the critical card; its link opens the summary", async ({
  page,
}) => {
  await page.goto(`${EHR()}/ehr`);
  await page.getByRole("link", { name: "Orders (decision support demo)" }).click();
  await page.getByLabel("Medicine").selectOption("oxycodone 10 mg tablet");
  await page.getByRole("button", { name: "Order" }).click();

  const card = page.getByRole("region", { name: "Decision support card" });
  await expect(card).toHaveCount(1);
  await expect(card).toHaveClass(/critical/);
  await expect(card).toContainText(/CRITICAL.*oxycodone and kratom/i);

  await card.getByRole("link", { name: "Open the kratom summary" }).click();
  await expect(page).toHaveURL(/\/assessments\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: "Assessment summary" })).toBeVisible();
  await expect(page.getByText("DEMO-KRATOM-1")).toBeVisible();
  await expectNoAxeViolations(page);
});
