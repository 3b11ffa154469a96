import { execFile } from "node:child_process";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The real script through tsx itself (not npx, whose lookup cost a second per run). */
const assess = (args: string[]) =>
  new Promise<Run>((resolve) =>
    execFile(
      path.join(root, "node_modules/.bin/tsx"),
      ["scripts/assess.ts", ...args],
      { cwd: root, encoding: "utf8", timeout: 60_000 },
      (error, stdout, stderr) =>
        resolve({ status: error ? ((error.code as number) ?? 1) : 0, stdout, stderr }),
    ),
  );

// The three runs start together: each is mostly process start-up, so they overlap well.
let runs: Record<"json" | "text" | "bad", Run>;
beforeAll(async () => {
  const [json, text, bad] = await Promise.all([
    assess(["docs/examples/assessment.json"]),
    assess([
      "--text",
      "docs/examples/realistic-case.json",
      "--tz",
      "Europe/London",
      "--now",
      "2026-12-04T17:05:00Z",
    ]),
    assess(["--nope"]),
  ]);
  runs = { json, text, bad };
}, 60_000);

// One end-to-end run of the real script: argument handling, file reading and exit code.
describe("scripts/assess.ts", () => {
  it("runs on the worked example file and prints the summary as JSON", () => {
    const run = runs.json;
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.level).toBe("high");
    expect(out.findings.length).toBeGreaterThan(0);
    expect(run.stdout).not.toContain("EXAMPLE-0001");
  });

  it("--text prints the same note the summary page copies, dated in the given time zone", () => {
    const run = runs.text;
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("Kratom risk checklist, 4 Dec 2026, 17:05 (Europe/London)");
    expect(lines.length).toBeLessThanOrEqual(35);
    expect(run.stdout).toContain("tramadol");
    expect(run.stdout).toContain("Medicines: tramadol; duloxetine; ibuprofen");
    expect(run.stdout).not.toContain("…");
    expect(run.stdout).not.toContain("EXAMPLE-0052");
  });

  it("exits 2 with the usage on a bad argument", () => {
    const run = runs.bad;
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Usage:");
    expect(run.stdout).toBe("");
  });
});
