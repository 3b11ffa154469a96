// Small process and SQL helpers for the benchmark.
import { spawn } from "node:child_process";
import pg from "pg";
import { root } from "../lib/run.mjs";

/** Runs a tsx script; resolves with its stdout when `capture`, else streams it. */
export function tsx(args, env, capture = false) {
  return new Promise((resolve, reject) => {
    const child = spawn(`${root}/node_modules/.bin/tsx`, args, {
      cwd: root,
      env,
      stdio: ["ignore", capture ? "pipe" : "inherit", "inherit"],
    });
    let out = "";
    child.stdout?.on("data", (d) => (out += d));
    // Bounded: no stage of the benchmark may hang the run.
    const timer = setTimeout(() => child.kill("SIGTERM"), 30 * 60_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(out.trim().split("\n").pop() ?? "");
      else reject(new Error(`tsx ${args.join(" ")} exited with ${code}`));
    });
  });
}

export async function sql(url, text, params = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows;
  } finally {
    await client.end();
  }
}
