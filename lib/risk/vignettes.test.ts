/** Clinical vignettes run end to end through assess(), as a clinician would meet them. */
import { describe, expect, it } from "vitest";
import { type AssessmentAnswers, assessmentSchema } from "@/lib/checklist/schemas";
import { assess } from "./assess";
import { asInput, baseAnswers, withMedicines } from "./fixtures";
import type { AssessmentSummary, Domain } from "./types";

const ids = (s: AssessmentSummary) => s.findings.map((f) => f.id);
const level = (s: AssessmentSummary, d: Domain) => s.domains.find((r) => r.domain === d)!;

const dailyMulti = { frequency: "daily", dosesPerDay: 4, duration: "1-5-years" } as const;
const greyBlue: Partial<AssessmentAnswers["skin"]> = {
  newDarkening: "yes",
  sites: ["face", "backs-of-hands", "forearms"],
  colour: "grey-blue",
  onset: "after-1-year",
};

const vignettes = {
  occasionalLeaf: baseAnswers(),
  opioidAndGabapentin: withMedicines(["oxycodone", "gabapentin"], { usePattern: dailyMulti }),
  naltrexoneDaily: withMedicines(["naltrexone"], {
    usePattern: { frequency: "daily", dosesPerDay: 2, coUsed: ["alcohol"] },
  }),
  greyBlueNoOtherCause: baseAnswers({
    usePattern: { frequency: "daily", dosesPerDay: 2, duration: "1-5-years" },
    skin: { ...greyBlue, otherCauses: ["none"] },
  }),
  greyBlueOnMinocycline: withMedicines(["minocycline"], {
    usePattern: { frequency: "daily", dosesPerDay: 2, duration: "1-5-years" },
    skin: { ...greyBlue, otherCauses: ["minocycline"] },
  }),
  pregnantDaily: baseAnswers({
    patient: { sex: "female", ageBand: "25-34" },
    usePattern: { frequency: "daily", dosesPerDay: 2 },
    otherHarms: { pregnancy: "pregnant" },
  }),
};

describe("clinical vignettes", () => {
  it.each(Object.entries(vignettes))("%s is a valid assessment", (_, answers) => {
    expect(assessmentSchema.safeParse(asInput(answers)).success).toBe(true);
  });

  it("occasional leaf use, no medicines: low, nothing found, every domain assessed", () => {
    const s = assess(vignettes.occasionalLeaf);
    expect(s.overall).toBe("low");
    expect(s.findings).toEqual([]);
    expect(s.domains.every((d) => d.status === "assessed" && d.level === "low")).toBe(true);
  });

  it("daily multi-dose use with oxycodone and gabapentin: high, with the combination", () => {
    const s = assess(vignettes.opioidAndGabapentin);
    expect(s.overall).toBe("high");
    expect(ids(s)).toEqual(
      expect.arrayContaining([
        "use.daily-multiple-doses",
        "interaction.full-opioid-agonist",
        "interaction.gabapentinoid",
        "interaction.cns-depressant-combination",
      ]),
    );
    const combo = s.findings.find((f) => f.id === "interaction.cns-depressant-combination")!;
    expect(combo.severity).toBe("high");
    expect(combo.triggeredBy.map((t) => t.answer.toLowerCase()).join(" ")).toMatch(
      /oxycodone.*gabapentin/,
    );
  });

  it("naltrexone with daily use: precipitated withdrawal, high", () => {
    const s = assess(vignettes.naltrexoneDaily);
    expect(s.overall).toBe("high");
    expect(ids(s)).toContain("interaction.precipitated-withdrawal");
    expect(level(s, "interactions").level).toBe("high");
  });

  it("grey-blue face and hands after years of use, no other cause: kratom pattern", () => {
    const s = assess(vignettes.greyBlueNoOtherCause);
    const skin = s.findings.filter((f) => f.domain === "skin");
    expect(skin.map((f) => f.id)).toEqual(["skin.kratom-pattern"]);
    expect(skin[0].strength).toBe("case-reports");
    expect(level(s, "skin").level).toBe("moderate");
  });

  it("the same on minocycline: a differential finding, not the kratom pattern", () => {
    const s = assess(vignettes.greyBlueOnMinocycline);
    expect(ids(s)).toContain("skin.other-causes");
    expect(ids(s)).not.toContain("skin.kratom-pattern");
    const differential = s.findings.find((f) => f.id === "skin.other-causes")!;
    expect(differential.triggeredBy.map((t) => t.answer)).toContain("Minocycline");
  });

  it("never claims the pigmentation fades after stopping", () => {
    for (const answers of [vignettes.greyBlueNoOtherCause, vignettes.greyBlueOnMinocycline]) {
      for (const f of assess(answers).findings.filter((x) => x.domain === "skin")) {
        for (const text of [f.why, ...f.considerations]) {
          if (/fade|resolv|revers|improv/i.test(text)) expect(text).toMatch(/unknown/i);
        }
      }
    }
  });

  it("pregnant and using daily: high, neonatal abstinence cited", () => {
    const s = assess(vignettes.pregnantDaily);
    expect(s.overall).toBe("high");
    const f = s.findings.find((x) => x.id === "harms.pregnancy-regular-use")!;
    expect(f.citations).toContainEqual({
      section: "pregnancy-neonatal",
      anchor: "neonatal-abstinence",
    });
  });

  it("unknown answers make domains not assessed, never low", () => {
    const s = assess(
      baseAnswers({
        dependence: { criteriaAsked: "not-asked", withdrawalWhenMissed: "unknown" },
        skin: { newDarkening: "unknown" },
        otherHarms: {
          liverSymptoms: ["unknown"],
          seizures: "unknown",
          palpitationsOrFainting: "unknown",
        },
      }),
    );
    for (const d of ["dependence", "skin", "other-harms"] as const) {
      expect(level(s, d)).toMatchObject({ status: "not-assessed", level: null });
      expect(level(s, d).notAssessedReasons.length).toBeGreaterThan(0);
    }
    expect(s.overall).toBe("low");
    expect(s.overallRule).toMatch(/not assessed/i);
  });
});
