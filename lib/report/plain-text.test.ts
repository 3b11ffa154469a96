import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { normaliseAnswers } from "@/lib/checklist/normalise";
import { assessmentSchema } from "@/lib/checklist/schemas";
import { stripPatientReference } from "@/lib/checklist/strip-patient-reference";
import { assessJson } from "@/lib/cli/assess-cli";
import { assess } from "@/lib/risk";
import type { AssessmentSummary, Finding } from "@/lib/risk/types";
import { localDateTime, summaryToText } from "./plain-text";
import { findingLine, keyFindings, kratomUse, severityLabel } from "./summary-parts";

const realisticAnswers = () => {
  const file = path.resolve(__dirname, "../../docs/examples/realistic-case.json");
  const input = assessmentSchema.parse(JSON.parse(readFileSync(file, "utf8")));
  return stripPatientReference(normaliseAnswers(input));
};
const realistic = () => assess(realisticAnswers());

const at = new Date("2026-12-04T17:05:00Z");
const link = "https://clinic.example/assessments/2b1f0c9e-0000-4000-8000-000000000001";

describe("the note for the patient's record", () => {
  const summary = realistic();
  const text = summaryToText({
    summary,
    at,
    timeZone: "America/New_York",
    link,
    frequency: "daily",
    answers: realisticAnswers(),
  });
  const lines = text.trimEnd().split("\n");

  it("fits in 35 lines for the realistic case (issue 17 §3)", () => {
    expect(lines.length).toBeLessThanOrEqual(35);
  });

  it("names every finding in one line with its severity, and never cuts a line with …", () => {
    expect(summary.findings.length).toBeGreaterThan(8);
    for (const f of summary.findings) {
      const line = `- ${severityLabel(f.severity)}: ${findingLine(f, "daily kratom", Infinity)}`;
      expect(lines).toContain(line);
    }
    expect(text).not.toContain("…");
    expect(text).not.toMatch(/Other findings/);
    // The walk's missing findings: the skin change, duloxetine and the liver, tramadol and seizures.
    expect(text).toMatch(/- Moderate: Pattern consistent with kratom-associated hyperpigmentation/);
    expect(text).toContain(
      "- Moderate: duloxetine + daily kratom: medicines that can injure the liver",
    );
    expect(text).toContain("tramadol + daily kratom: medicines that lower the seizure threshold");
  });

  it("lists the medicines (typed ones as not checked) and PEG-3", () => {
    expect(lines[2]).toBe(
      "Medicines: tramadol; duloxetine; ibuprofen · typed, not checked: turmeric",
    );
    expect(lines[3]).toBe("PEG-3 (pain, enjoyment, activity): 6, 5, 6 (each 0–10)");
    const declined = realisticAnswers();
    declined.patient = { ...declined.patient, peg: undefined, pegDeclined: true };
    declined.medications = { medicationIds: [], noneTaken: true };
    const note = summaryToText({ summary, at, answers: declined });
    expect(note).toContain("Medicines: Takes no medicines\n");
    expect(note).toContain("PEG-3 (pain, enjoyment, activity): Not asked or declined\n");
    const noPain = realisticAnswers();
    noPain.patient = { ...noPain.patient, reasons: ["energy"], peg: undefined };
    expect(summaryToText({ summary, at, answers: noPain })).not.toContain("PEG-3");
  });

  it("prints the same note from `npm run assess -- --text` as the page copies", () => {
    const file = path.resolve(__dirname, "../../docs/examples/realistic-case.json");
    const cli = assessJson(readFileSync(file, "utf8"), "text", { now: at, timeZone: "UTC" });
    expect(cli.stdout).toBe(
      summaryToText({
        summary,
        at,
        timeZone: "UTC",
        frequency: "daily",
        answers: realisticAnswers(),
      }),
    );
  });

  it("names the level, the key findings with the patient's own medicines, and the versions", () => {
    expect(lines[1]).toMatch(/^Overall level: (High|Moderate|Low)/);
    for (const f of keyFindings(summary.findings))
      expect(text).toContain(findingLine(f, "daily kratom"));
    expect(text).toContain("tramadol + daily kratom");
    expect(text).toContain(
      `Ruleset ${summary.rulesetVersion}, evidence ${summary.evidenceVersion}`,
    );
  });

  it("has one absolute link back to the full summary and no evidence or answer dump", () => {
    expect(text.match(/https?:\/\//g)).toHaveLength(1);
    expect(text).toContain(link);
    expect(text).not.toContain("/evidence/");
    expect(text).not.toMatch(/<[a-z]/i);
  });

  it("dates the note in the reader's time zone", () => {
    expect(lines[0]).toBe("Kratom risk checklist, 4 Dec 2026, 12:05 (America/New_York)");
    expect(localDateTime(at, "Europe/Berlin")).toBe("4 Dec 2026, 18:05 (Europe/Berlin)");
    expect(localDateTime(at, "Not/AZone")).toBe("4 Dec 2026, 17:05 (UTC)");
  });

  it("never doubles a word (no 'Consider: Consider…') and repeats no consideration", () => {
    expect(text).not.toMatch(/\b(\w+)\b[:\s]+\1\b/i);
    const considerationLines = lines.filter((l) => l.startsWith("  "));
    expect(new Set(considerationLines).size).toBe(considerationLines.length);
  });
});

describe("partly assessed domains in the note (issue 8 §1)", () => {
  // Every domain fully assessed first, whatever the current rules say, then two made partial.
  const realisticCase = realistic();
  const base: AssessmentSummary = {
    ...realisticCase,
    overallIncomplete: false,
    domains: realisticCase.domains.map((d) => ({
      ...d,
      status: "assessed",
      level: d.level ?? "low",
      missing: [],
      notAssessedReasons: [],
    })),
  };
  const summary: AssessmentSummary = {
    ...base,
    overall: "moderate",
    overallIncomplete: true,
    findings: base.findings.filter((f) => f.severity !== "high"),
    domains: base.domains.map((d) =>
      d.domain === "other-harms"
        ? {
            ...d,
            status: "partly-assessed",
            level: "low",
            missing: [
              {
                path: "otherHarms.liverSymptoms",
                item: "Liver symptoms not asked",
                ask: "Ask about yellow skin or eyes, dark urine, pale stools and itching.",
              },
            ],
          }
        : d.domain === "dependence"
          ? {
              ...d,
              status: "partly-assessed",
              missing: [
                {
                  path: "dependence.criteria",
                  item: "DSM-5 criteria not asked",
                  ask: "Ask the 11 DSM-5 criteria for the past 12 months.",
                },
              ],
            }
          : d,
    ),
  };
  const text = summaryToText({ summary, at });

  it("says the overall level is a floor, with how many items were not asked", () => {
    expect(text).toContain("Overall level: Moderate so far — 2 questions not asked");
  });

  it("never shows a partly assessed domain as a bare Low, and lists what to ask", () => {
    expect(text).toContain("- Other harms: Low on what was asked · not asked: liver symptoms");
    expect(text).not.toMatch(/^- Other harms: Low$/m);
    expect(text).toContain("Not asked yet:\n- DSM-5 criteria not asked: Ask the 11 DSM-5 criteria");
  });

  it("renders an old stored summary (no missing items) from its reasons", () => {
    const old = {
      ...base,
      overallIncomplete: undefined,
      domains: base.domains.map((d) =>
        d.domain === "skin"
          ? {
              ...d,
              status: "not-assessed" as const,
              level: null,
              missing: undefined as never,
              notAssessedReasons: ["skin not examined"],
            }
          : { ...d, missing: undefined as never },
      ),
    };
    const note = summaryToText({ summary: old, at });
    expect(note).toContain("- Skin changes: Not assessed: skin not examined");
    expect(note).toContain("Not asked yet:\n- skin not examined\n");
  });
});

describe("a summary stored with ruleset 2.1.0", () => {
  it("re-renders its stored findings as they were: titles, strengths and versions", () => {
    const now = realistic();
    const stored: AssessmentSummary = {
      ...now,
      rulesetVersion: "2.1.0",
      evidenceVersion: "2026-12-04.1",
      findings: now.findings.map((f) =>
        f.id === "interaction.cyp2d6-substrate"
          ? {
              ...f,
              title: "Taken with kratom: CYP2D6 substrates (old title)",
              strength: "clinical-study",
            }
          : f,
      ),
    };
    const note = summaryToText({ summary: stored, at });
    expect(note).toContain("CYP2D6 substrates (old title)");
    expect(note).toContain("Ruleset 2.1.0, evidence 2026-12-04.1.");
    expect(stored.findings.find((f) => f.id === "interaction.cyp2d6-substrate")?.strength).toBe(
      "clinical-study",
    );
  });
});

describe("a finding in one line", () => {
  // Synthetic findings: the line is about wording, not about which rules fire.
  const finding = (title: string, triggeredBy: Finding["triggeredBy"]): Finding => ({
    id: "x",
    domain: "interactions",
    severity: "high",
    title,
    why: "",
    triggeredBy,
    considerations: [],
    strength: "case-reports",
    citations: [],
  });
  const meds = (...names: string[]) =>
    names.map((answer) => ({
      path: "medications.medicationIds",
      question: "Current medicines",
      answer,
    }));

  it("names the patient's own medicines for an interaction", () => {
    expect(
      findingLine(
        finding("Taken with kratom: Serotonergic medicines", meds("tramadol", "duloxetine")),
      ),
    ).toBe("tramadol + duloxetine + kratom: serotonergic medicines");
    const opioid = finding("Taken with kratom: Full opioid agonists", meds("tramadol"));
    expect(findingLine(opioid, kratomUse("daily"))).toBe(
      "tramadol + daily kratom: full opioid agonists",
    );
    expect(kratomUse(undefined)).toBe("kratom");
    const described = finding("Taken with kratom: Opioid agonists", [
      {
        path: "medications.medicationIds",
        question: "Current medicines",
        answer: "tramadol: opioid agonist mainly through a metabolite, serotonergic",
      },
    ]);
    expect(findingLine(described, "daily kratom")).toBe("tramadol + daily kratom: opioid agonists");
  });

  it("quotes the answers that triggered it, numbers with their question, not a bare yes", () => {
    expect(
      findingLine(
        finding("Daily use, three or more doses a day", [
          {
            path: "usePattern.frequency",
            question: "How often kratom is used",
            answer: "Every day",
          },
          { path: "usePattern.dosesPerDay", question: "Doses on a day of use", answer: "3" },
        ]),
      ),
    ).toBe("Daily use, three or more doses a day (every day; doses on a day of use: 3)");
    const skin = ["Yes", "Face", "Backs of the hands", "Grey-blue or slate", "After a year"].map(
      (answer) => ({
        path: "skin.x",
        question: "Skin",
        answer,
      }),
    );
    expect(findingLine(finding("Pattern consistent", skin))).toBe(
      "Pattern consistent (face; backs of the hands; grey-blue or slate; …)",
    );
    expect(findingLine(finding("Pattern consistent", skin), "kratom", Infinity)).toBe(
      "Pattern consistent (face; backs of the hands; grey-blue or slate; after a year)",
    );
  });
});
