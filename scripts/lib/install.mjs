// Installs dependencies only when package-lock.json changed since the last install, so a
// second `npm start` skips the install.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { log, root, run } from "./run.mjs";

const stampFile = `${root}/node_modules/.install-stamp`;

function lockHash() {
  const lock = `${root}/package-lock.json`;
  const source = existsSync(lock) ? readFileSync(lock) : readFileSync(`${root}/package.json`);
  return createHash("sha256").update(source).digest("hex");
}

export async function ensureInstalled() {
  const hash = lockHash();
  if (existsSync(stampFile) && readFileSync(stampFile, "utf8") === hash) return;
  const ci = existsSync(`${root}/package-lock.json`);
  log(ci ? "Installing dependencies (npm ci)…" : "Installing dependencies (npm install)…");
  await run("npm", [ci ? "ci" : "install", "--no-audit", "--no-fund"], {
    env: { ...process.env, NODE_ENV: "development" },
  });
  writeFileSync(stampFile, lockHash());
}
