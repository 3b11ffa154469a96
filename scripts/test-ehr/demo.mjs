// `npm start` in demo mode: the test EHR beside the app (DEMO_EHR_PORT, default a free port),
// with the app's addresses as redirect URIs and the CDS Hooks demo mounted (an order page for the
// demo kratom patient). The EHR runs as a child process under tsx (scripts/test-ehr/cds-demo.ts:
// the order page uses the app's TypeScript modules). The seed registers it for the Demo Clinic;
// `ready()` then prepares the CDS demo (docs/ehr-integration.md and docs/cds-hooks.md, "Try it").
import { log, root } from "../lib/run.mjs";
import { spawnCdsDemoEhr } from "./demo-process.mjs";

/** `ownerUrl`: the database owner's URL (the demo checklist is linked by an owner's update). */
export async function startDemoEhr(appPort, ownerUrl) {
  const appUrl = process.env.BETTER_AUTH_URL ?? `http://localhost:${appPort}`;
  const ehr = await spawnCdsDemoEhr(
    {
      MIGRATION_DATABASE_URL: ownerUrl,
      DEMO_APP_URLS: JSON.stringify([
        appUrl,
        `http://127.0.0.1:${appPort}`,
        `http://localhost:${appPort}`,
      ]),
    },
    root,
  );
  Object.assign(process.env, ehr.env);
  log(
    `Demo EHR on ${ehr.env.DEMO_EHR_URL}/ehr (synthetic patients; "Launch kratom checklist" opens the app; Kim Diaz's "Orders" shows the CDS Hooks card)`,
  );
  return {
    ...ehr,
    async ready() {
      // The demo's extra is not worth stopping the app for: said, and the app starts.
      try {
        await ehr.ready();
        log(`CDS Hooks demo ready: ${ehr.env.DEMO_EHR_URL}/demo/cds (order oxycodone)`);
      } catch (error) {
        log(
          `The CDS Hooks demo could not be prepared (${error.message}); the app starts without it.`,
        );
      }
    },
  };
}
