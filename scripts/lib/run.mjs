// Small process helpers shared by the start, test and bench scripts. Node built-ins only:
// these run before `npm install` has happened.
import { spawn } from "node:child_process";

export const root = new URL("../../", import.meta.url).pathname.replace(/\/$/, "");

export function log(message) {
  process.stdout.write(`\x1b[36m›\x1b[0m ${message}\n`);
}

export function fail(message) {
  process.stderr.write(`\x1b[31m✗ ${message}\x1b[0m\n`);
  process.exit(1);
}

/** Runs a command with inherited stdio; resolves on exit 0, rejects otherwise. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: "inherit", ...options });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(" ")} exited with ${code ?? signal}`));
    });
  });
}

/** Runs a binary from node_modules/.bin. */
export function bin(name, args, options = {}) {
  return run(`${root}/node_modules/.bin/${name}`, args, options);
}

/**
 * Runs a command with its output collected instead of inherited, for stages that run beside
 * others (scripts/test.mjs): the output is printed whole when the command ends, so two test
 * runs never interleave line by line. Resolves or rejects like run().
 */
export function runCollected(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      ...options,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...(options.env ?? process.env), FORCE_COLOR: "1" },
    });
    const chunks = [];
    child.stdout.on("data", (c) => chunks.push(c));
    child.stderr.on("data", (c) => chunks.push(c));
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      process.stdout.write(Buffer.concat(chunks));
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(" ")} exited with ${code ?? signal}`));
    });
  });
}
