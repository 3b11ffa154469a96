/**
 * The demo EHR with its CDS Hooks demo, as a child process (TypeScript: the order page uses the
 * app's modules, so `npm start` and the e2e setup run this under tsx with the react-server
 * condition; scripts/test-ehr/demo.mjs spawns it). It starts the test EHR, mounts the order page
 * and the EHR's JWKS (cds-demo-routes.ts) and links the page from the demo kratom patient. Over
 * IPC: sends { type: "started", env } with the EHR's addresses; on { type: "seeded" } (the app's
 * accounts and the EHR's registration exist) prepares the CDS demo (cds-demo-seed.ts: a checklist
 * of that patient, the EHR registered as a CDS client) and sends { type: "ready" }.
 * Environment: BETTER_AUTH_URL (the app), DEMO_APP_URLS (JSON array of redirect origins),
 * DEMO_EHR_PORT, CDS_DEMO_CLINICIAN (email; default the demo clinician), DATABASE_URL (the app's
 * role) and MIGRATION_DATABASE_URL (the owner: the demo checklist is linked to the patient by an
 * update the app's role may not make).
 */
import type { CardLink } from "@/lib/cds-hooks/types";
import { prepareCdsDemo } from "../cds-demo-seed";
import { createCdsClient } from "./cds-client";
import { cdsDemoRoutes } from "./cds-demo-routes";
import { extraRoutes } from "./extra-routes.mjs";
import { SSO_CLIENT_ID, SSO_CLIENT_SECRET, startTestEhr } from "./index.mjs";

export const CDS_DEMO_PATIENT = "pt-kratom";
const ORDERS_PATH = "/demo/cds";

const send = (message: Record<string, unknown>) => process.send?.(message);
const appUrl = process.env.BETTER_AUTH_URL ?? "http://localhost:3000";
const appUrls = JSON.parse(process.env.DEMO_APP_URLS ?? "[]") as string[];

// A function, not top-level await: tsx loads this file as CommonJS.
async function main() {
  const ehr = await startTestEhr({
    port: Number(process.env.DEMO_EHR_PORT ?? 0),
    appUrls: appUrls.length ? appUrls : [appUrl],
  });
  const client = await createCdsClient({ issuer: ehr.fhirBase });
  /** A card's SMART link, launched as the EHR launches an app: its launcher, with the appContext. */
  const smartLaunch = (link: CardLink) => {
    const launcher = new URL("/ehr/launch", ehr.baseUrl);
    launcher.searchParams.set("patient", CDS_DEMO_PATIENT);
    launcher.searchParams.set("app", link.url);
    if (link.appContext) launcher.searchParams.set("appContext", link.appContext);
    return launcher.href;
  };
  const routes = cdsDemoRoutes({
    appUrl,
    client,
    patientId: CDS_DEMO_PATIENT,
    patientName: "Kim Diaz",
    basePath: ORDERS_PATH,
    smartLaunch,
  });
  extraRoutes.push(...routes.handlers);
  ehr.patientLinks.set(CDS_DEMO_PATIENT, [
    { href: ORDERS_PATH, label: "Orders (decision support demo)" },
  ]);

  send({
    type: "started",
    env: {
      DEMO_EHR_URL: ehr.baseUrl,
      DEMO_EHR_ISSUER: ehr.fhirBase,
      DEMO_EHR_CLIENT_ID: ehr.clientId,
      DEMO_EHR_CLIENT_SECRET: ehr.clientSecret,
      DEMO_EHR_SSO_CLIENT_ID: SSO_CLIENT_ID,
      DEMO_EHR_SSO_CLIENT_SECRET: SSO_CLIENT_SECRET,
    },
  });

  process.on("message", async (message: { type?: string }) => {
    if (message?.type !== "seeded") return;
    try {
      const assessmentId = await prepareCdsDemo({
        issuer: ehr.fhirBase,
        jwksUrl: `${ehr.baseUrl}/cds/jwks.json`,
        patientId: CDS_DEMO_PATIENT,
        clinicianEmail: process.env.CDS_DEMO_CLINICIAN,
      });
      send({ type: "ready", assessmentId });
    } catch (error) {
      send({ type: "failed", message: (error as Error).message });
    }
  });
  const stop = async () => {
    await ehr.stop();
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  // The parent went away without a word: do not outlive it.
  process.on("disconnect", stop);
}

main().catch((error) => {
  send({ type: "failed", message: (error as Error).message });
  process.exit(1);
});
