import { describe, expect, it } from "vitest";
import { EVIDENCE_VERSION } from "@/lib/evidence";
import { assess, OVERALL_RULE, RULESET_VERSION } from "./assess";
import { baseAnswers } from "./fixtures";
import { domains } from "./types";

/** Fires findings in several domains and severities at once. */
const busy = baseAnswers({
  usePattern: {
    frequency: "daily",
    dosesPerDay: 1,
    amountPerDose: "over-15g",
    productForms: ["concentrated-7oh", "extract"],
    coUsed: ["alcohol"],
  },
  medications: { medicationIds: [], otherMedicines: "Something", noneTaken: undefined },
  dependence: { quitAttempts: "unsuccessful" },
  skin: {
    newDarkening: "yes",
    sites: ["non-sun-exposed"],
    colour: "brown",
    onset: "unknown",
    otherCauses: ["unknown"],
  },
  otherHarms: { seizures: "yes" },
});

describe("assess", () => {
  it("records the ruleset and evidence versions and the overall rule", () => {
    const s = assess(baseAnswers());
    expect(s.rulesetVersion).toBe(RULESET_VERSION);
    expect(s.rulesetVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(s.evidenceVersion).toBe(EVIDENCE_VERSION);
    expect(s.overallRule).toBe(OVERALL_RULE);
  });

  it("lists every domain once, in summary order", () => {
    expect(assess(busy).domains.map((d) => d.domain)).toEqual(Object.keys(domains));
  });

  it("sorts findings by domain, then severity high to info, then id", () => {
    const { findings } = assess(busy);
    const order = Object.keys(domains);
    const sev = ["high", "moderate", "low", "info"];
    const key = (f: (typeof findings)[number]) =>
      [order.indexOf(f.domain), sev.indexOf(f.severity), f.id] as const;
    const sorted = [...findings].sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      return x[0] - y[0] || x[1] - y[1] || (x[2] < y[2] ? -1 : 1);
    });
    expect(findings.map((f) => f.id)).toEqual(sorted.map((f) => f.id));
    expect(findings.map((f) => f.id).slice(0, 3)).toEqual([
      "use.concentrated-7oh",
      "use.co-use-alcohol",
      "use.daily",
    ]);
  });

  it("counts an info-only domain as low", () => {
    const s = assess(
      baseAnswers({
        medications: { medicationIds: [], otherMedicines: "x", noneTaken: undefined },
      }),
    );
    expect(s.findings.map((f) => f.severity)).toEqual(["info"]);
    expect(s.domains.find((d) => d.domain === "interactions")).toMatchObject({
      level: "low",
      status: "partly-assessed",
    });
    expect(s.overall).toBe("low");
    expect(s.overallIncomplete).toBe(true);
  });

  it("assesses a domain with a finding even when its key answers are unknown", () => {
    const s = assess(
      baseAnswers({
        dependence: {
          criteriaAsked: "not-asked",
          withdrawalWhenMissed: "unknown",
          quitAttempts: "unsuccessful",
        },
      }),
    );
    expect(s.domains.find((d) => d.domain === "dependence")).toMatchObject({
      status: "partly-assessed",
      level: "moderate",
    });
  });

  it.each([
    [
      "withdrawal answered",
      { criteriaAsked: "not-asked", withdrawalWhenMissed: "no" },
      "partly-assessed",
    ],
    [
      "never missed a dose",
      { criteriaAsked: "not-asked", withdrawalWhenMissed: "never-missed" },
      "not-assessed",
    ],
    [
      "criteria asked",
      { criteriaAsked: "asked", withdrawalWhenMissed: "unknown" },
      "partly-assessed",
    ],
    ["everything answered", { criteriaAsked: "asked", withdrawalWhenMissed: "no" }, "assessed"],
  ] as const)("dependence with %s is %s", (_, dependence, status) => {
    const s = assess(baseAnswers({ dependence }));
    expect(s.domains.find((d) => d.domain === "dependence")!.status).toBe(status);
  });

  it("keeps other harms partly assessed, at low on what was asked, when one screen is answered", () => {
    const s = assess(
      baseAnswers({
        otherHarms: {
          liverSymptoms: ["unknown"],
          seizures: "unknown",
          palpitationsOrFainting: "no",
        },
      }),
    );
    expect(s.domains.find((d) => d.domain === "other-harms")).toMatchObject({
      status: "partly-assessed",
      level: "low",
      missing: [
        expect.objectContaining({ path: "otherHarms.liverSymptoms" }),
        expect.objectContaining({ path: "otherHarms.seizures" }),
      ],
    });
    expect(s.overallIncomplete).toBe(true);
  });

  it("reaches the highest level of any domain", () => {
    expect(assess(busy).overall).toBe("high");
  });
});
