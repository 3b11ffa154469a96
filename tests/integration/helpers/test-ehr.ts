import type { SessionUser } from "@/lib/auth/session";
import { registerConnection, type WriteBackMode } from "@/lib/dal/ehr-connections";
import { startTestEhr, type TestEhr } from "@/scripts/test-ehr/index.mjs";
import { PRACTITIONER } from "@/scripts/test-ehr/seed.mjs";
import { rawDb } from "../security-fixtures";
import { makeUser } from "./users";

export const APP = process.env.BETTER_AUTH_URL ?? "http://127.0.0.1:3100";

/**
 * The test EHR, registered for a fresh clinic, whose user (the seeded Practitioner) carries the
 * email of a fresh clinician of that clinic: "link-by-email" links them at the first launch.
 */
export async function registeredTestEhr(
  writeBack: WriteBackMode = "on-submit",
  scopeSyntax: "v1" | "v2" = "v2",
  /** Registers a private key (private_key_jwt) instead of the client secret. */
  privateKeyPem?: string,
) {
  const ehr: TestEhr = await startTestEhr({ appUrls: [APP], scopeSyntax });
  const admin = await makeUser("admin");
  const made = await makeUser("clinician");
  await rawDb.user.update({ where: { id: made.id }, data: { clinicId: admin.clinicId } });
  const clinician: SessionUser = { ...made, clinicId: admin.clinicId };
  const connectionId = await registerConnection(admin, {
    name: "Test EHR",
    issuer: ehr.fhirBase,
    clientId: ehr.clientId,
    ...(privateKeyPem ? { privateKeyPem } : { clientSecret: ehr.clientSecret }),
    writeBack,
    userPolicy: "link-by-email",
  });
  await ehr.repo.updateResource({
    ...PRACTITIONER,
    telecom: [{ system: "email", value: clinician.email }],
  });
  return { ehr, admin, clinician, connectionId };
}

/** The app URL the test EHR's "Launch" link sends the browser to, for a seeded patient. */
export async function launchUrl(ehr: TestEhr, patient = "pt-tramadol"): Promise<URL> {
  const res = await fetch(`${ehr.baseUrl}/ehr/launch?patient=${patient}`, { redirect: "manual" });
  return new URL(res.headers.get("location") ?? "");
}

/** The draft a launch landed on (/checklist/<id>/patient). */
export function draftIdOf(url: URL): string {
  const id = /^\/checklist\/([0-9a-f-]{36})\/patient$/.exec(url.pathname)?.[1];
  if (!id) throw new Error(`Not a checklist page: ${url.href}`);
  return id;
}
