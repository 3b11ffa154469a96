/**
 * Issue 8 §1: coverage per item. Each row: answers, the domain, its status, the missing items'
 * paths, and the level phrase the summary shows.
 */
import { describe, expect, it } from "vitest";
import { assess } from "./assess";
import { type AnswersPatch, baseAnswers as b, withMedicines } from "./fixtures";
import { domainLevelText, overallLevelText } from "./level-text";
import type { Domain, DomainStatus } from "./types";

type Row = [
  name: string,
  answers: ReturnType<typeof b>,
  domain: Domain,
  status: DomainStatus,
  missing: string[],
  levelText: string | RegExp,
];

const p = (patch: AnswersPatch) => b(patch);

const rows: Row[] = [
  ["everything answered", b(), "dependence", "assessed", [], "Low"],
  [
    "DSM-5 criteria not asked, missed-dose symptoms answered",
    p({ dependence: { criteriaAsked: "not-asked", withdrawalWhenMissed: "no" } }),
    "dependence",
    "partly-assessed",
    ["dependence.criteria"],
    "Low on what was asked · not asked: DSM-5 criteria",
  ],
  [
    "DSM-5 criteria not asked, withdrawal when missed",
    p({
      dependence: {
        criteriaAsked: "not-asked",
        withdrawalWhenMissed: "yes",
        withdrawalSymptoms: ["restlessness"],
      },
    }),
    "dependence",
    "partly-assessed",
    ["dependence.criteria"],
    "At least moderate · not asked: DSM-5 criteria",
  ],
  [
    "nothing on dependence asked",
    p({ dependence: { criteriaAsked: "not-asked", withdrawalWhenMissed: "unknown" } }),
    "dependence",
    "not-assessed",
    ["dependence.criteria", "dependence.withdrawalWhenMissed"],
    /^Not assessed: DSM-5 criteria not asked; Withdrawal when doses are missed not known/,
  ],
  [
    "quit attempts unknown",
    p({ dependence: { quitAttempts: "unknown" } }),
    "dependence",
    "partly-assessed",
    ["dependence.quitAttempts"],
    /^Low on what was asked/,
  ],
  [
    "liver symptoms and palpitations unknown, seizures answered",
    p({ otherHarms: { liverSymptoms: ["unknown"], palpitationsOrFainting: "unknown" } }),
    "other-harms",
    "partly-assessed",
    ["otherHarms.liverSymptoms", "otherHarms.palpitationsOrFainting"],
    "Low on what was asked · not asked: liver symptoms · palpitations or fainting not known",
  ],
  [
    "whole harms screen unknown",
    p({
      otherHarms: {
        liverSymptoms: ["unknown"],
        seizures: "unknown",
        palpitationsOrFainting: "unknown",
      },
    }),
    "other-harms",
    "not-assessed",
    ["otherHarms.liverSymptoms", "otherHarms.seizures", "otherHarms.palpitationsOrFainting"],
    /^Not assessed/,
  ],
  [
    "pregnancy unknown, female 35–44",
    p({ patient: { ageBand: "35-44" }, otherHarms: { pregnancy: "unknown" } }),
    "other-harms",
    "partly-assessed",
    ["otherHarms.pregnancy"],
    "Low on what was asked · pregnancy status not known",
  ],
  [
    "pregnancy unknown, sex not stated, 18–24",
    p({ patient: { sex: "not-stated", ageBand: "18-24" }, otherHarms: { pregnancy: "unknown" } }),
    "other-harms",
    "partly-assessed",
    ["otherHarms.pregnancy"],
    /^Low on what was asked/,
  ],
  [
    "pregnancy unknown, male",
    p({ patient: { sex: "male" }, otherHarms: { pregnancy: "unknown" } }),
    "other-harms",
    "assessed",
    [],
    "Low",
  ],
  [
    "pregnancy unknown, female 75–84",
    p({ patient: { ageBand: "75-84" }, otherHarms: { pregnancy: "unknown" } }),
    "other-harms",
    "assessed",
    [],
    "Low",
  ],
  [
    "PEG-3 declined",
    p({ patient: { peg: undefined, pegDeclined: true } }),
    "use-pattern",
    "partly-assessed",
    ["patient.peg"],
    "Low on what was asked · PEG-3 pain scores not asked or declined",
  ],
  [
    "amount per dose, escalation and tolerance unknown",
    p({
      usePattern: {
        amountPerDose: "unknown",
        escalation: "unknown",
        needsMoreForEffect: "unknown",
      },
    }),
    "use-pattern",
    "partly-assessed",
    ["usePattern.amountPerDose", "usePattern.escalation", "usePattern.needsMoreForEffect"],
    /^Low on what was asked/,
  ],
  [
    "free-text medicine",
    p({ medications: { medicationIds: [], otherMedicines: "Secret-Q", noneTaken: undefined } }),
    "interactions",
    "partly-assessed",
    ["medications.otherMedicines"],
    "Low on what was asked · medicines typed as free text not checked for interactions",
  ],
  [
    "free-text medicine beside a listed opioid",
    withMedicines(["morphine"], { medications: { otherMedicines: "Secret-Q" } }),
    "interactions",
    "partly-assessed",
    ["medications.otherMedicines"],
    "High · medicines typed as free text not checked for interactions",
  ],
  [
    "darkening not asked",
    p({ skin: { newDarkening: "unknown" } }),
    "skin",
    "not-assessed",
    ["skin.newDarkening"],
    /^Not assessed/,
  ],
  [
    "grey-blue photodistributed darkening, onset unknown",
    p({
      skin: {
        newDarkening: "yes",
        sites: ["face", "backs-of-hands"],
        colour: "grey-blue",
        onset: "unknown",
      },
    }),
    "skin",
    "partly-assessed",
    ["skin.onset"],
    "At least moderate · onset of the darkening not known",
  ],
];

describe("coverage per item", () => {
  it.each(rows)("%s", (_, answers, domain, status, paths, text) => {
    const s = assess(answers);
    const d = s.domains.find((x) => x.domain === domain)!;
    expect(d.status).toBe(status);
    expect(d.missing.map((m) => m.path)).toEqual(paths);
    // Old readers get the same items as phrases.
    expect(d.notAssessedReasons).toEqual(d.missing.map((m) => m.item));
    for (const m of d.missing) {
      expect(m.item.length).toBeGreaterThan(5);
      expect(m.ask).toMatch(/^(Ask|Search|Look)\b/);
    }
    if (typeof text === "string") expect(domainLevelText(d)).toBe(text);
    else expect(domainLevelText(d)).toMatch(text);
    expect(s.overallIncomplete).toBe(status !== "assessed");
    if (status !== "assessed") expect(overallLevelText(s)).toMatch(/^(\w+ so far — |High$)/);
    // Free text is never copied into the summary.
    expect(JSON.stringify(s)).not.toContain("Secret-Q");
  });

  it("asks for pregnancy with an info finding when the patient could be pregnant", () => {
    const s = assess(p({ patient: { ageBand: "25-34" }, otherHarms: { pregnancy: "unknown" } }));
    const f = s.findings.find((x) => x.id === "harms.pregnancy-not-asked");
    expect(f).toMatchObject({ severity: "info", domain: "other-harms" });
    expect(f!.considerations.join(" ")).toMatch(/pregnant/);
    const male = assess(p({ patient: { sex: "male" }, otherHarms: { pregnancy: "unknown" } }));
    expect(male.findings.map((x) => x.id)).not.toContain("harms.pregnancy-not-asked");
  });

  it("says an everything-answered low plainly, and nothing else plainly", () => {
    const s = assess(b());
    expect(s.overallIncomplete).toBe(false);
    expect(overallLevelText(s)).toBe("Low");
  });

  it("says High plainly (it cannot rise), a lower level “so far”, free text “not checked”", () => {
    const high = assess(
      b({
        usePattern: { coUsed: ["non-prescribed-opioids"] },
        otherHarms: { seizures: "unknown" },
      }),
    );
    expect(high.overall).toBe("high");
    expect(high.overallIncomplete).toBe(true);
    expect(overallLevelText(high)).toBe("High");
    const typed = assess(
      b({
        medications: { medicationIds: [], otherMedicines: "Secret-Q", noneTaken: undefined },
        otherHarms: { seizures: "unknown" },
      }),
    );
    expect(overallLevelText(typed)).toBe("Low so far — 1 question not asked, 1 item not checked");
    const two = assess(
      b({ otherHarms: { seizures: "unknown", palpitationsOrFainting: "unknown" } }),
    );
    expect(overallLevelText(two)).toBe("Low so far — 2 questions not asked");
  });

  it("keeps rendering summaries stored before ruleset 2.0.0", () => {
    const stored = {
      ...assess(b()),
      rulesetVersion: "1.0.0",
      overallIncomplete: undefined,
      domains: assess(b()).domains.map((d) =>
        d.domain === "skin"
          ? {
              ...d,
              status: "not-assessed" as const,
              level: null,
              missing: [],
              notAssessedReasons: ["New skin darkening not asked"],
            }
          : d,
      ),
    };
    expect(overallLevelText(stored)).toBe("Low so far — 1 question not asked");
    expect(domainLevelText(stored.domains[3])).toBe(
      "Not assessed: New skin darkening not asked. This is not the same as low risk.",
    );
  });
});

describe("considerations ask only for what was not answered, once", () => {
  const daily3 = { frequency: "daily", dosesPerDay: 3, duration: "1-5-years" } as const;
  const all = (s: ReturnType<typeof assess>) => s.findings.flatMap((f) => f.considerations);

  it("does not ask for the DSM-5 criteria when they were asked", () => {
    const s = assess(p({ usePattern: { ...daily3, needsMoreForEffect: "yes" } }));
    expect(all(s).join(" ")).not.toMatch(/DSM-5 criteria, which were not asked/);
  });

  it("asks for them once when they were not asked, however many findings could", () => {
    const s = assess(
      p({
        usePattern: { ...daily3, needsMoreForEffect: "yes", escalation: "yes" },
        dependence: { criteriaAsked: "not-asked", withdrawalWhenMissed: "no" },
      }),
    );
    const asks = all(s).filter((c) => /DSM-5 criteria, which were not asked/.test(c));
    expect(asks).toHaveLength(1);
  });

  it("shows the time since the last dose once across the withdrawal findings", () => {
    const s = assess(
      p({
        dependence: {
          criteria: ["tolerance", "withdrawal", "craving", "cannot-cut-down"],
          withdrawalWhenMissed: "yes",
          withdrawalSymptoms: ["restlessness"],
          lastDose: "under-8h",
        },
      }),
    );
    expect(all(s).filter((c) => c.includes("time since the last dose"))).toHaveLength(1);
    for (const f of s.findings) expect(f.considerations.length).toBeGreaterThan(0);
  });
});
