// `npm start` in demo mode: the test EHR beside the app (DEMO_EHR_PORT, default a free port),
// with the app's addresses as redirect URIs; the seed registers it for the Demo Clinic and the
// sign-in page links to it (docs/ehr-integration.md, "Try it").
import { log } from "../lib/run.mjs";
import { SSO_CLIENT_ID, SSO_CLIENT_SECRET, startTestEhr } from "./index.mjs";

export async function startDemoEhr(appPort) {
  const appUrl = process.env.BETTER_AUTH_URL ?? `http://localhost:${appPort}`;
  const ehr = await startTestEhr({
    port: Number(process.env.DEMO_EHR_PORT ?? 0),
    appUrls: [appUrl, `http://127.0.0.1:${appPort}`, `http://localhost:${appPort}`],
  });
  Object.assign(process.env, {
    DEMO_EHR_URL: ehr.baseUrl,
    DEMO_EHR_ISSUER: ehr.fhirBase,
    DEMO_EHR_CLIENT_ID: ehr.clientId,
    DEMO_EHR_CLIENT_SECRET: ehr.clientSecret,
    DEMO_EHR_SSO_CLIENT_ID: SSO_CLIENT_ID,
    DEMO_EHR_SSO_CLIENT_SECRET: SSO_CLIENT_SECRET,
  });
  log(
    `Demo EHR on ${ehr.baseUrl}/ehr (synthetic patients; "Launch kratom checklist" opens the app)`,
  );
  return ehr;
}
