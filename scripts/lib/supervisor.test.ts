// The supervisor under fire (issue 18 §2): app processes killed again and again under load,
// one that dies at start, a publisher that keeps exiting. Healthy processes keep answering and
// the cluster never stops itself, except when no app process has ever listened.
import { type ChildProcess, spawn } from "node:child_process";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CANNOT_START, restartDelay } from "./supervisor.mjs";

const FIXTURE = path.join(__dirname, "supervisor.fixture.mjs");
let child: ChildProcess | undefined;
let output = "";

async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

async function start(env: Record<string, string>) {
  const port = await freePort();
  output = "";
  child = spawn(process.execPath, [FIXTURE], {
    env: { ...process.env, PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d) => {
    output += d;
  });
  child.stderr?.on("data", (d) => {
    output += d;
  });
  return port;
}

const until = async (check: () => boolean, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out; output:\n${output}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

/** One request: the answering worker's pid, or undefined when it failed. */
const get = (port: number) =>
  new Promise<number | undefined>((resolve) => {
    const req = http.get({ host: "127.0.0.1", port, path: "/", agent: false }, (res) => {
      let body = "";
      res.on("data", (d) => {
        body += d;
      });
      res.on("end", () => resolve(Number(body) || undefined));
      res.on("error", () => resolve(undefined));
    });
    req.on("error", () => resolve(undefined));
    req.setTimeout(2_000, () => req.destroy());
  });

afterEach(async () => {
  if (child && child.exitCode === null) {
    child.kill("SIGTERM");
    await new Promise((r) => child?.once("exit", r));
  }
});

describe("the app supervisor", () => {
  it("restarts after 250 ms, doubling per failure in a row, at most 30 s", () => {
    expect([1, 2, 3, 4, 10, 20].map(restartDelay)).toEqual([250, 500, 1000, 2000, 30_000, 30_000]);
  });

  it("keeps answering while app processes are killed again and again under load", async () => {
    const port = await start({});
    await until(() => output.includes("serving"));
    const seen = new Map<number, number>(); // pid → last time it answered
    let ok = 0;
    let failed = 0;
    let kills = 0;
    const stopAt = Date.now() + 5_000;
    const load = async () => {
      while (Date.now() < stopAt) {
        const pid = await get(port);
        if (pid) {
          ok++;
          seen.set(pid, Date.now());
        } else failed++;
      }
    };
    const killer = async () => {
      while (Date.now() < stopAt - 500) {
        await new Promise((r) => setTimeout(r, 400));
        // Kill one of the processes answering now, only while another is answering too.
        const live = [...seen].filter(([, at]) => Date.now() - at < 200).map(([pid]) => pid);
        if (live.length < 2) continue;
        process.kill(live[kills % live.length], "SIGKILL");
        seen.delete(live[kills % live.length]);
        kills++;
      }
    };
    await Promise.all([load(), load(), load(), killer()]);
    expect(kills).toBeGreaterThanOrEqual(4);
    // At most the requests in flight on a killed process fail (three at a time).
    expect(failed).toBeLessThanOrEqual(kills * 3);
    expect(ok).toBeGreaterThan(100);
    expect(child?.exitCode).toBeNull();
    // Both slots serve again.
    await until(() => output.split("starting another").length - 1 >= kills);
    const pids = new Set<number | undefined>();
    await until(() => {
      void get(port).then((pid) => pids.add(pid));
      return [...pids].filter(Boolean).length >= 2;
    });
  }, 30_000);

  it("keeps the healthy process serving when another dies at every start, and restarts a failing publisher", async () => {
    const port = await start({ FAIL_AT_START: "1", PUBLISHER_EXITS: "3" });
    await until(() => (output.match(/slot 1\) exited \(1\)/g) ?? []).length >= 4);
    // The publisher restarts on its own back-off, independent of the worker's: wait for it too
    // (on a busy machine its third exit can come after the worker's fourth).
    await until(() => (output.match(/aggregate publisher exited \(3\)/g) ?? []).length >= 3);
    expect(await get(port)).toBeGreaterThan(0);
    expect(child?.exitCode).toBeNull();
  }, 30_000);

  it("stops, with its own exit code, only when no app process has ever listened", async () => {
    await start({ FAIL_AT_START: "all" });
    const code = await new Promise((r) => child?.once("exit", r));
    expect(code).toBe(CANNOT_START);
    expect(output).toContain("none has ever served");
  }, 30_000);
});
