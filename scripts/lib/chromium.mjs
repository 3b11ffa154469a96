// Playwright drives Debian's chromium (no browser download is possible here). Installed with
// apt-get when missing and running as root; otherwise a clear message says what to install.
import { existsSync } from "node:fs";
import { fail, log, run } from "./run.mjs";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  if (!root)
    fail(
      `Chromium is missing at ${CHROMIUM}. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`,
    );
  log("Installing Debian's chromium for the end-to-end tests (apt-get)…");
  await run("apt-get", ["update", "-qq"]);
  await run("apt-get", ["install", "-y", "-qq", "chromium"], {
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
}
