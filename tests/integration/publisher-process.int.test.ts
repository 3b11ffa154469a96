// The publisher in its own process (issue 18 §1): scripts/publisher.ts publishes a due batch
// with no request at all, as the publisher's role, stops cleanly on SIGTERM, and logs a failure
// with its message and code, telling a down database from a slow one.
import { type ChildProcess, spawn } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { scriptClient } from "@/prisma/client";
import { clinicWithAssessments } from "./helpers/aggregates-fixtures";

const owner = scriptClient();
let child: ChildProcess | undefined;
let output = "";

function startPublisher(env: Record<string, string>) {
  output = "";
  child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/publisher.ts"],
    {
      cwd: process.cwd(),
      env: { ...process.env, PUBLISH_INTERVAL_MS: "300", LOG_LEVEL: "info", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  child.stdout?.on("data", (d) => {
    output += d;
  });
  child.stderr?.on("data", (d) => {
    output += d;
  });
  return child;
}

const until = async (check: () => Promise<boolean> | boolean, ms = 45_000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out; publisher output:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
};

afterEach(async () => {
  if (child && child.exitCode === null) {
    child.kill("SIGKILL");
    await new Promise((r) => child?.once("exit", r));
  }
});

describe("the publisher process", () => {
  it("publishes a due batch by itself and stops cleanly on SIGTERM", async () => {
    const { clinicId } = await clinicWithAssessments([{ count: 12 }]);
    const released = async () =>
      (await owner.aggregateReleaseClinic.findUnique({ where: { clinicId } })) !== null;
    const p = startPublisher({});
    await until(released);
    // No request was made: the release is the process's own work, published as its own role.
    expect(output).toContain("aggregates published");
    expect(output).not.toMatch(/publishing as the app's database role/);
    p.kill("SIGTERM");
    const code = await new Promise((r) => p.once("exit", r));
    expect(code).toBe(0);
  }, 60_000);

  it("logs each failure with its message and code and says the database could not be reached", async () => {
    startPublisher({ PUBLISHER_DATABASE_URL: "postgresql://nobody:x@127.0.0.1:1/none" });
    await until(() => /aggregate publication failed/.test(output));
    const line = JSON.parse(
      output.split("\n").find((l) => l.includes("aggregate publication failed")) ?? "{}",
    );
    expect(line.msg).toMatch(/could not be reached/);
    expect(line.error).toMatchObject({ trouble: "down", code: expect.any(String) });
    expect(line.error.message).toBeTruthy();
    expect(child?.exitCode).toBeNull(); // it keeps trying
  }, 60_000);
});
