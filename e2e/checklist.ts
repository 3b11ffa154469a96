import { expect, type Page } from "@playwright/test";

/** Picks an option inside the fieldset whose legend is `legend`. */
export async function choose(page: Page, legend: string | RegExp, ...labels: string[]) {
  const group = page.getByRole("group", { name: legend });
  for (const label of labels) await group.getByLabel(label, { exact: true }).check();
}

export async function continueStep(page: Page, nextHeading: string | RegExp) {
  await page.getByRole("button", { name: /Save and continue|Continue to review/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: nextHeading })).toBeVisible();
}

export async function startAssessment(page: Page) {
  await page.goto("/assessments");
  await page.getByRole("button", { name: "New assessment" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Patient context" })).toBeVisible();
}

export async function fillPatient(page: Page, reference: string) {
  await page.getByLabel("Patient reference").fill(reference);
  await choose(page, "Age band", "45–54");
  await choose(page, "Sex", "Female");
  await choose(page, /Why does the patient use kratom/, "Chronic joint pain");
  await page.getByLabel(/Average pain/).fill("6");
  await page.getByLabel(/enjoyment of life/).fill("5");
  await page.getByLabel(/general activity/).fill("7");
}

export async function fillUsePattern(page: Page) {
  await choose(page, /Which products/, "Leaf or powder");
  await choose(page, "Usual amount per dose", "2 to 5 g of leaf");
  await choose(page, /How often is kratom used/, "Every day");
  await page.getByLabel("Doses on a typical day of use").fill("4");
  await choose(page, /How long has the patient used/, "1 to 5 years");
  await choose(page, /amount gone up/, "Yes");
  await choose(page, /need more for the same effect/, "Yes");
  await choose(page, /Other substances used with kratom/, "Alcohol");
}

export async function fillMedications(page: Page) {
  const search = page.getByRole("combobox", { name: /Search medicines/ });
  await search.fill("oxycont");
  await page
    .getByRole("option", { name: /oxycodone/i })
    .first()
    .click();
  await search.fill("gabapentin");
  await search.press("Enter");
  await expect(
    page.getByRole("list", { name: "Current medicines" }).getByRole("listitem"),
  ).toHaveCount(2);
}

export async function fillDependence(page: Page) {
  await choose(page, /dose is missed or delayed/, "Yes, symptoms when a dose is missed or delayed");
  await choose(page, "Withdrawal symptoms reported", "Restlessness", "Muscle aches or spasms");
  await choose(page, "Time since the last dose", "Less than 8 hours ago");
  await choose(page, "Earlier attempts to stop", "Tried to stop and could not, or relapsed");
  await choose(page, /DSM-5 criteria/, "All criteria were asked (tick those present)");
  // Tolerance (step 2), withdrawal and cutting down (above) are carried over, not ticked again.
  await choose(page, "Criteria present", "Craving or strong urges to use kratom");
  await expect(page.getByText("4 of 11 criteria: moderate range")).toBeVisible();
}

export async function fillSkin(page: Page) {
  await choose(page, /new darkening of the skin/, "Yes");
  await choose(page, /Where is the darkening/, "Face", "Backs of the hands");
  await choose(page, "Colour", "Grey-blue or slate");
  await choose(page, "When did it start?", "After a year or more of kratom use");
  await choose(page, "Fitzpatrick skin type", "Type II");
  await choose(page, /other causes of pigmentation/, "None of these");
}

export async function fillOtherHarms(page: Page) {
  await choose(page, /Liver symptoms/, "None of these");
  await choose(page, /Any seizure/, "No");
  await choose(page, /Palpitations or fainting/, "No");
  await choose(page, "Pregnancy and breastfeeding", "Not applicable");
}

/** Extra answers a spec types into a step after the standard ones (free text, say). */
export interface StepExtras {
  afterPatient?: (page: Page) => Promise<void>;
  afterMedications?: (page: Page) => Promise<void>;
}

/** Fills every step and lands on the review page. */
export async function completeChecklist(page: Page, reference: string, extras: StepExtras = {}) {
  await startAssessment(page);
  await fillPatient(page, reference);
  await extras.afterPatient?.(page);
  await continueStep(page, "Tolerance and use pattern");
  await fillUsePattern(page);
  await continueStep(page, "Interacting medications");
  await fillMedications(page);
  await extras.afterMedications?.(page);
  await continueStep(page, "Dependence and withdrawal");
  await fillDependence(page);
  await continueStep(page, "Skin changes");
  await fillSkin(page);
  await continueStep(page, "Other harms");
  await fillOtherHarms(page);
  await continueStep(page, "Review and submit");
}

export const uniqueRef = (label: string) =>
  `E2E-${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
