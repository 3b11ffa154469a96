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
