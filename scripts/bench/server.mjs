// The production build and server for the benchmark: builds only when the sources changed (the
// same stamp as `npm start`), then runs the server `npm start` runs (scripts/serve.mjs: one app
// process per core on one port); SIGTERM drains and stops it.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { log, root, run } from "../lib/run.mjs";
import { sourceHash } from "../lib/source-hash.mjs";

export async function ensureBuild() {
  const stamp = `${root}/.next/.source-hash`;
  const hash = sourceHash();
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === hash)
    return log("Production build is current");
  log("Building the app (next build)…");
  await run(`${root}/node_modules/.bin/next`, ["build"]);
  writeFileSync(stamp, hash);
}

function stop(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", resolve);
    child.kill("SIGTERM");
  });
}

/** Serves this app, or another built Next app in `dir` (the bench's Next floor). */
export async function startServer(port, env, dir) {
  const child = spawn(
    process.execPath,
    [
      `${root}/scripts/serve.mjs`,
      "--port",
      String(port),
      "--hostname",
      "127.0.0.1",
      ...(dir ? ["--dir", dir] : []),
    ],
    {
      cwd: root,
      env,
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    if (child.exitCode !== null) throw new Error("the server exited early");
    const ok = await fetch(`${url}${dir ? "/" : "/sign-in"}`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { url, pid: child.pid, stop: () => stop(child) };
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill("SIGTERM");
  throw new Error("the server did not answer within a minute");
}
