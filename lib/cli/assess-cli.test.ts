import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { assess } from "@/lib/risk";
import { asInput, baseAnswers } from "@/lib/risk/fixtures";
import { assessJson } from "./assess-cli";

const root = path.resolve(__dirname, "../..");
const EXAMPLE = "docs/examples/assessment.json";
const exampleText = readFileSync(path.join(root, EXAMPLE), "utf8");
const json = (value: unknown) => JSON.stringify(value);
const withRef = (ref: string, patch = {}) => {
  const input = asInput(baseAnswers(patch));
  return { ...input, patient: { ...input.patient, patientReference: ref } };
};

describe("assessJson", () => {
  it("prints the summary of the worked example: level, findings, versions", () => {
    const result = assessJson(exampleText);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    const out = JSON.parse(result.stdout);
    expect(out).toMatchObject({ level: "high", rulesetVersion: "2.2.0", overallIncomplete: true });
    expect(out.evidenceVersion).toEqual(expect.any(String));
    // docs/assessment-format.md shows this output: keep the two in step.
    expect(out.findings.map((f: { id: string }) => f.id)).toEqual([
      "use.daily-multiple-doses",
      "use.co-use-alcohol",
      "use.escalation",
      "use.long-regular-use",
      "use.tolerance",
      "interaction.cns-depressant-combination",
      "interaction.gabapentinoid",
      "interaction.serotonergic",
      "interaction.unchecked-free-text",
      "dependence.dsm5-moderate",
      "dependence.unsuccessful-quit",
      "dependence.withdrawal-when-missed",
      "skin.kratom-pattern",
    ]);
    for (const f of out.findings) {
      expect(Object.keys(f)).toEqual(
        expect.arrayContaining(["id", "domain", "severity", "triggeredBy", "citations"]),
      );
      expect(f.citations.length).toBeGreaterThan(0);
    }
  });

  it("gives the same summary as assess() on the stored answers", () => {
    const out = JSON.parse(assessJson(json(withRef("R-1"))).stdout);
    const summary = assess(baseAnswers());
    expect(out).toEqual({
      level: summary.overall,
      overallIncomplete: summary.overallIncomplete,
      overallRule: summary.overallRule,
      rulesetVersion: summary.rulesetVersion,
      evidenceVersion: summary.evidenceVersion,
      domains: summary.domains,
      findings: summary.findings,
    });
  });

  it("accepts input without a patient reference, and ignores one that is there", () => {
    const without = baseAnswers();
    expect(assessJson(json(without)).stdout).toBe(assessJson(json(withRef("R-2"))).stdout);
    expect(assessJson(json(withRef("x".repeat(500)))).code).toBe(0);
  });

  it("never prints the patient reference: not in output, not in errors", () => {
    const ref = "SECRET-REF-7731";
    const outputs = [
      assessJson(json(withRef(ref))),
      assessJson(json(withRef(ref, { usePattern: { frequency: "hourly" } }))),
      assessJson(`{"patient": {"patientReference": "${ref}", `),
      assessJson(`{"patient": {"patientReference": "${ref}"}, oops}`),
    ];
    for (const r of outputs) expect(r.stdout + r.stderr).not.toContain(ref);
  });

  it("exits 2 with a plain message on invalid JSON", () => {
    expect(assessJson("{ not json")).toEqual({
      code: 2,
      stdout: "",
      stderr: "The input is not valid JSON.\n",
    });
  });

  it("exits 2 and names each field that fails the schema, cross-field checks included", () => {
    const input = withRef("R-3", {
      usePattern: { dosesPerDay: 0 },
      patient: { reasons: ["joint-pain"], peg: undefined },
      medications: { medicationIds: ["not-a-medicine"], noneTaken: undefined },
    });
    const result = assessJson(json(input));
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("usePattern.dosesPerDay: Enter the doses");
    expect(result.stderr).toContain("patient.peg.pain: Pain is a reason for use");
    expect(result.stderr).toContain(
      "medications.medicationIds: A medicine is not in the vocabulary",
    );
    expect(assessJson("[]").code).toBe(2);
    expect(assessJson("null").code).toBe(2);
  });

  it("drops follow-up answers whose gate was answered no, as the submit action does", () => {
    const stale = withRef("R-4", {
      skin: { newDarkening: "no", sites: ["face"], colour: "grey-blue", onset: "within-1-year" },
    });
    expect(assessJson(json(stale)).stdout).toBe(assessJson(json(withRef("R-4"))).stdout);
  });

  it("exits 1 on an unexpected error, naming only the error type", async () => {
    vi.resetModules();
    vi.doMock("@/lib/risk", () => ({
      assess: () => {
        throw new TypeError("details that must not be printed");
      },
    }));
    const { assessJson: failing } = await import("./assess-cli");
    expect(failing(json(withRef("R-5")))).toEqual({
      code: 1,
      stdout: "",
      stderr: "Unexpected error: TypeError\n",
    });
    vi.doUnmock("@/lib/risk");
    // The unit pool shares one module registry between files (isolate: false): without this
    // the mocked assess stayed behind for the next file that imports the CLI (plain-text.test).
    vi.resetModules();
  });
});
