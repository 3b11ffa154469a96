// The demo EHR as a child process (scripts/test-ehr/cds-demo.ts under tsx with the react-server
// condition), for `npm start` (demo.mjs) and the e2e setup. Node built-ins only, no other module
// of the scripts: Playwright loads this file in its runner too.
import { spawn } from "node:child_process";
import path from "node:path";

/**
 * Starts the child; `env` overrides its environment; `root` is the project (no import.meta here:
 * Playwright's loader turns this file into CommonJS). Resolves on its first message.
 */
export function spawnCdsDemoEhr(env = {}, root = process.cwd()) {
  const child = spawn(
    process.execPath,
    [
      "--conditions=react-server",
      "--import",
      "tsx",
      path.join(root, "scripts/test-ehr/cds-demo.ts"),
    ],
    {
      cwd: root,
      stdio: ["ignore", "inherit", "inherit", "ipc"],
      env: { ...process.env, ...env },
    },
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
