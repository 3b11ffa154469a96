import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");

// One end-to-end run of the real script: argument handling, file reading and exit code.
describe("scripts/assess.ts", () => {
  it("runs on the worked example file and prints the summary as JSON", () => {
    const run = spawnSync("npx", ["tsx", "scripts/assess.ts", "docs/examples/assessment.json"], {
      cwd: root,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.level).toBe("high");
    expect(out.findings.length).toBeGreaterThan(0);
    expect(run.stdout).not.toContain("EXAMPLE-0001");
  }, 60_000);

  it("--text prints the same note the summary page copies, dated in the given time zone", () => {
    const run = spawnSync(
      "npx",
      [
        "tsx",
        "scripts/assess.ts",
        "--text",
        "docs/examples/realistic-case.json",
        "--tz",
        "Europe/London",
        "--now",
        "2026-12-04T17:05:00Z",
      ],
      { cwd: root, encoding: "utf8", timeout: 60_000 },
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("Kratom risk checklist, 4 Dec 2026, 17:05 (Europe/London)");
    expect(lines.length).toBeLessThanOrEqual(35);
    expect(run.stdout).toContain("tramadol");
    expect(run.stdout).toContain("Medicines: tramadol; duloxetine; ibuprofen");
    expect(run.stdout).not.toContain("…");
    expect(run.stdout).not.toContain("EXAMPLE-0052");
  }, 60_000);

  it("exits 2 with the usage on a bad argument", () => {
    const run = spawnSync("npx", ["tsx", "scripts/assess.ts", "--nope"], {
      cwd: root,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Usage:");
    expect(run.stdout).toBe("");
  }, 60_000);
});
