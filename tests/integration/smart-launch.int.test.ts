// SMART on FHIR launch against the real test EHR (oidc-provider + Medplum's FHIR store): the
// happy paths (EHR launch, standalone) and every refusal (bad state, replayed callback, wrong
// issuer, PKCE mismatch, missing scope, unknown user), each a clear page and nothing stored.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { encryptJson } from "@/lib/security/patient-reference";
import type { TestEhr } from "@/scripts/test-ehr/index.mjs";
import { PRACTITIONER } from "@/scripts/test-ehr/seed.mjs";
import { SmartBrowser } from "./helpers/smart-browser";
import { APP, draftIdOf, launchUrl as ehrLaunchUrl, registeredTestEhr } from "./helpers/test-ehr";
import { rawDb } from "./security-fixtures";

const { decryptJson } = await import("@/lib/security/patient-reference");

let ehr: TestEhr;
let clinician: SessionUser;

const launchUrl = (patient = "pt-tramadol") => ehrLaunchUrl(ehr, patient);

async function draftOf(url: URL) {
  const id = draftIdOf(url);
  const draft = await rawDb.draft.findUniqueOrThrow({ where: { id } });
  return {
    id,
    draft,
    answers: decryptJson<Record<string, Record<string, unknown>>>(draft.payload),
  };
}

const refusal = (url: URL) =>
  url.pathname === "/launch/refused" ? url.searchParams.get("reason") : `landed on ${url.pathname}`;

beforeAll(async () => {
  ({ ehr, clinician } = await registeredTestEhr());
});
afterAll(async () => ehr?.stop());

describe("EHR launch", () => {
  it("signs the linked clinician in and opens a draft prefilled from the record", async () => {
    const browser = new SmartBrowser();
    const { url, res } = await browser.follow(await launchUrl());
    expect(url.origin + url.pathname).toMatch(
      new RegExp(`^${APP}/checklist/[0-9a-f-]{36}/patient$`),
    );
    expect(res.headers.getSetCookie().join("\n")).toMatch(/better-auth\.session_token=/);
    const { id, draft, answers } = await draftOf(url);
    expect(draft.clinicianId).toBe(clinician.id);
    expect(answers.patient).toMatchObject({ ageBand: "55-64", sex: "female" });
    expect(String(answers.patient.patientReference)).toMatch(/^EHR-[0-9A-F]{16}$/);
    expect(answers.medications).toEqual({ medicationIds: ["tramadol", "duloxetine"] });
    const launch = await rawDb.ehrLaunch.findUniqueOrThrow({ where: { draftId: id } });
    expect(launch.userId).toBe(clinician.id);
    // Tokens and the patient id are sealed: nothing of them in clear in the row.
    expect(launch.sessionCipher).not.toMatch(/pt-tramadol|Bearer/);
    const actions = (
      await rawDb.auditEvent.findMany({ where: { targetId: launch.id }, orderBy: { id: "asc" } })
    ).map((e) => `${e.action}:${e.targetType}`);
    expect(actions).toEqual(
      expect.arrayContaining([
        "ehr.launch-started:ehr_launch",
        "ehr.read:Patient",
        "ehr.read:MedicationRequest",
        "ehr.read:MedicationStatement",
        "ehr.launched:ehr_launch",
      ]),
    );
    const leaked = await rawDb.auditEvent.count({
      where: { OR: [{ targetId: { contains: "pt-" } }, { targetType: { contains: "pt-" } }] },
    });
    expect(leaked).toBe(0);
  });

  it("gives the same patient the same reference at the next launch, and keeps unrecognised names", async () => {
    const first = await draftOf(
      (await new SmartBrowser().follow(await launchUrl("pt-unknown-brand"))).url,
    );
    const again = await draftOf(
      (await new SmartBrowser().follow(await launchUrl("pt-unknown-brand"))).url,
    );
    expect(again.answers.patient.patientReference).toBe(first.answers.patient.patientReference);
    expect(first.answers.patient).toMatchObject({ ageBand: "90+", sex: "not-stated" });
    expect(first.answers.medications).toEqual({
      medicationIds: ["sertraline"],
      otherMedicines: "Zentravil 20 mg",
    });
  });

  it("a 30-medicine record is prefilled whole: known ones added, the rest listed", async () => {
    const names = [
      "tramadol",
      "duloxetine",
      "sertraline",
      "alprazolam",
      "zolpidem",
      "gabapentin",
      "warfarin",
      "methadone",
      "diazepam",
      "quetiapine",
    ];
    const patientId = "pt-thirty";
    await ehr.repo.updateResource({
      resourceType: "Patient",
      id: patientId,
      gender: "male",
      birthDate: "1980-01-01",
    });
    for (let i = 0; i < 30; i++)
      await ehr.repo.createResource({
        resourceType: "MedicationRequest",
        status: "active",
        intent: "order",
        subject: { reference: `Patient/${patientId}` },
        medicationCodeableConcept: { text: i < names.length ? names[i] : `Unlisted brand ${i}` },
      });
    const launches = (
      ehr as unknown as { launches: Map<string, { patient: string; encounter?: string }> }
    ).launches;
    const url = await launchUrl();
    launches.set(url.searchParams.get("launch") ?? "", { patient: patientId });
    const { answers } = await draftOf((await new SmartBrowser().follow(url)).url);
    expect((answers.medications.medicationIds as string[]).sort()).toEqual([...names].sort());
    expect(String(answers.medications.otherMedicines).split("\n")).toHaveLength(20);
  });

  it("a standalone launch lets the clinician pick the patient in the EHR", async () => {
    const browser = new SmartBrowser();
    const picker = await browser.follow(`${APP}/launch?iss=${encodeURIComponent(ehr.fhirBase)}`);
    expect(picker.res.status).toBe(200);
    expect(await picker.res.text()).toContain("choose the patient");
    const { url } = await browser.follow(picker.url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "patient=pt-benzo-opioid",
    });
    const { answers } = await draftOf(url);
    expect(answers.patient).toMatchObject({ ageBand: "65-74", sex: "male" });
    expect(answers.medications).toEqual({ medicationIds: ["alprazolam", "oxycodone", "zolpidem"] });
  });
});

describe("an EHR that speaks SMART v1 scopes only", () => {
  it("is asked the same scopes in v1 syntax, and the launch prefills as with v2", async () => {
    const v1 = await registeredTestEhr("on-submit", "v1");
    try {
      const { id, answers } = await draftOf(
        (await new SmartBrowser().follow(await ehrLaunchUrl(v1.ehr))).url,
      );
      expect(answers.medications).toEqual({ medicationIds: ["tramadol", "duloxetine"] });
      const launch = await rawDb.ehrLaunch.findUniqueOrThrow({ where: { draftId: id } });
      const session = decryptJson<{ scope: string }>(launch.sessionCipher ?? "");
      expect(session.scope.split(" ")).toEqual(
        expect.arrayContaining(["patient/Patient.read", "patient/DocumentReference.write"]),
      );
      expect(session.scope).not.toMatch(/\.rs\b|\.cu\b/);
    } finally {
      await v1.ehr.stop();
    }
  });
});

describe("refused launches", () => {
  it("refuses a callback whose state is not this browser's", async () => {
    const browser = new SmartBrowser();
    browser.beforeCallback = (url) => {
      browser.jar.get(new URL(APP).origin)?.set("kc_smart_state", "someone-elses-state");
      return url;
    };
    const before = await rawDb.draft.count();
    expect(refusal((await browser.follow(await launchUrl())).url)).toBe("bad-state");
    expect(await rawDb.draft.count()).toBe(before);
  });

  it("refuses a replayed callback (the state and its code are used once)", async () => {
    const browser = new SmartBrowser();
    let callback: URL | undefined;
    let cookie = "";
    browser.beforeCallback = (url) => {
      callback = url;
      cookie = browser.cookieHeader(url);
      return url;
    };
    await browser.follow(await launchUrl());
    const replay = new SmartBrowser();
    replay.jar.set(new URL(APP).origin, new Map([cookie.split("=") as [string, string]]));
    expect(refusal((await replay.follow(callback as URL)).url)).toBe("bad-state");
  });

  it("refuses an answer naming another issuer", async () => {
    const browser = new SmartBrowser();
    browser.beforeCallback = (url) => {
      url.searchParams.set("iss", "https://attacker.example");
      return url;
    };
    expect(refusal((await browser.follow(await launchUrl())).url)).toBe("wrong-issuer");
  });

  it("refuses when the PKCE verifier does not match the challenge", async () => {
    const browser = new SmartBrowser();
    browser.beforeCallback = async (url) => {
      const { createHash } = await import("node:crypto");
      const stateHash = createHash("sha256")
        .update(url.searchParams.get("state") ?? "")
        .digest("hex");
      await rawDb.ehrLaunch.update({
        where: { stateHash },
        data: {
          requestCipher: encryptJson({
            verifier: "x".repeat(64),
            mode: "ehr",
            scope: "launch openid fhirUser",
          }),
        },
      });
      return url;
    };
    expect(refusal((await browser.follow(await launchUrl())).url)).toBe("token-refused");
  });

  it("refuses without fhirUser, and goes on by hand when only a medicine scope is missing", async () => {
    ehr.withheld.add("fhirUser");
    try {
      expect(refusal((await new SmartBrowser().follow(await launchUrl())).url)).toBe(
        "missing-scope",
      );
    } finally {
      ehr.withheld.delete("fhirUser");
    }
    ehr.withheld.add("patient/MedicationRequest.rs");
    try {
      const { id, answers } = await draftOf(
        (await new SmartBrowser().follow(await launchUrl())).url,
      );
      expect(answers.medications).toBeUndefined();
      const launch = await rawDb.ehrLaunch.findUniqueOrThrow({ where: { draftId: id } });
      const prefill = decryptJson<{ problems: string[] }>(launch.prefillCipher ?? "");
      expect(prefill.problems).toEqual([
        "Prescribed medicines (MedicationRequest) could not be read: the EHR did not grant the app access to MedicationRequest.",
      ]);
    } finally {
      ehr.withheld.delete("patient/MedicationRequest.rs");
    }
  });

  it("refuses an EHR user who is not a clinician of the clinic", async () => {
    await ehr.repo.updateResource({
      ...PRACTITIONER,
      id: "dr-stranger",
      telecom: [{ system: "email", value: "nobody@elsewhere.test" }],
    });
    const res = await fetch(`${ehr.baseUrl}/ehr/launch?patient=pt-tramadol`, {
      redirect: "manual",
    });
    const launch = new URL(res.headers.get("location") ?? "");
    const id = launch.searchParams.get("launch") ?? "";
    (ehr as unknown as { launches: Map<string, { practitioner: string }> }).launches.get(
      id,
    )!.practitioner = "dr-stranger";
    expect(refusal((await new SmartBrowser().follow(launch)).url)).toBe("unknown-user");
  });

  it("limits launches started from one address, with a clear page", async () => {
    const browser = new SmartBrowser();
    const url = new URL(`${APP}/launch?iss=${encodeURIComponent("https://unknown.example/fhir")}`);
    for (let i = 0; i < 30; i++)
      expect(refusal((await browser.follow(url)).url)).toBe("unknown-ehr");
    expect(refusal((await browser.follow(url)).url)).toBe("too-many");
    expect(refusal((await new SmartBrowser().follow(url)).url)).toBe("unknown-ehr");
  });

  it("refuses an EHR that is not registered", async () => {
    const url = new URL(
      `${APP}/launch?iss=${encodeURIComponent("https://unknown.example/fhir")}&launch=abc`,
    );
    expect(refusal((await new SmartBrowser().follow(url)).url)).toBe("unknown-ehr");
  });
});
