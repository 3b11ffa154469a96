// `npm start` in demo mode: the test EHR beside the app (DEMO_EHR_PORT, default a free port),
// with the app's addresses as redirect URIs and the CDS Hooks demo mounted (an order page for the
// demo kratom patient). The EHR runs as a child process under tsx (scripts/test-ehr/cds-demo.ts:
// the order page uses the app's TypeScript modules). The seed registers it for the Demo Clinic;
// `ready()` then prepares the CDS demo (docs/ehr-integration.md and docs/cds-hooks.md, "Try it").
import { spawn } from "node:child_process";
import { log, root } from "../lib/run.mjs";

/** Starts the child; `env` overrides its environment. Resolves on its first message. */
export function spawnCdsDemoEhr(env = {}) {
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", `${root}/scripts/test-ehr/cds-demo.ts`],
    { cwd: root, stdio: ["ignore", "inherit", "inherit", "ipc"], env: { ...process.env, ...env } },
  );
  const next = (type) =>
    new Promise((resolve, reject) => {
      const onMessage = (m) => {
        if (m?.type === "failed") reject(new Error(`Demo EHR: ${m.message}`));
        else if (m?.type === type) resolve(m);
        else return;
        child.off("message", onMessage);
        child.off("exit", onExit);
      };
      const onExit = (code) => reject(new Error(`The demo EHR exited (${code}) before "${type}"`));
      child.on("message", onMessage);
      child.once("exit", onExit);
    });
  return next("started").then((started) => ({
    env: started.env,
    /** After the seed: the demo checklist and the CDS registration. */
    async ready() {
      const waiting = next("ready");
      child.send({ type: "seeded" });
      return (await waiting).assessmentId;
    },
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  }));
}

/** `ownerUrl`: the database owner's URL (the demo checklist is linked by an owner's update). */
export async function startDemoEhr(appPort, ownerUrl) {
  const appUrl = process.env.BETTER_AUTH_URL ?? `http://localhost:${appPort}`;
  const ehr = await spawnCdsDemoEhr({
    MIGRATION_DATABASE_URL: ownerUrl,
    DEMO_APP_URLS: JSON.stringify([
      appUrl,
      `http://127.0.0.1:${appPort}`,
      `http://localhost:${appPort}`,
    ]),
  });
  Object.assign(process.env, ehr.env);
  log(
    `Demo EHR on ${ehr.env.DEMO_EHR_URL}/ehr (synthetic patients; "Launch kratom checklist" opens the app; Kim Diaz's "Orders" shows the CDS Hooks card)`,
  );
  return {
    ...ehr,
    async ready() {
      await ehr.ready();
      log(`CDS Hooks demo ready: ${ehr.env.DEMO_EHR_URL}/demo/cds (order oxycodone)`);
    },
  };
}
