/**
 * Issue 8 §3: the interaction model a pharmacist would sign, checked through assess() so the
 * whole summary is what is tested. Each row: medicines, kratom frequency, co-used substances,
 * findings that must appear (id → severity), findings that must not, and the interactions level.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answersArb } from "./arbitraries";
import { assess } from "./assess";
import { withMedicines } from "./fixtures";
import { lowLiverSignal } from "./rules/interaction-patterns";
import type { FindingSeverity, RiskLevel } from "./types";

type Freq = "less-than-weekly" | "1-3-days-week" | "4-6-days-week" | "daily";
interface Row {
  name: string;
  meds: string[];
  frequency?: Freq;
  coUsed?: ("alcohol" | "non-prescribed-opioids" | "non-prescribed-sedatives")[];
  has: Record<string, FindingSeverity>;
  hasNot?: string[];
  level: RiskLevel;
}

const rows: Row[] = [
  {
    name: "rescue naloxone, daily kratom: a positive note, no high finding",
    meds: ["naloxone"],
    frequency: "daily",
    has: { "interaction.rescue-opioid-antagonist": "info" },
    hasNot: ["interaction.precipitated-withdrawal", "interaction.opioid-antagonist"],
    level: "low",
  },
  {
    name: "rescue nalmefene, daily kratom",
    meds: ["nalmefene"],
    frequency: "daily",
    has: { "interaction.rescue-opioid-antagonist": "info" },
    hasNot: ["interaction.precipitated-withdrawal"],
    level: "low",
  },
  {
    name: "nalmefene tablets (Selincro), daily kratom: precipitated withdrawal, not a rescue note",
    meds: ["nalmefene-tablets"],
    frequency: "daily",
    has: { "interaction.precipitated-withdrawal": "high" },
    hasNot: ["interaction.rescue-opioid-antagonist", "interaction.opioid-antagonist"],
    level: "high",
  },
  {
    name: "naltrexone, daily kratom: one precipitated-withdrawal finding, no class repeat",
    meds: ["naltrexone"],
    frequency: "daily",
    has: { "interaction.precipitated-withdrawal": "high" },
    hasNot: ["interaction.opioid-antagonist"],
    level: "high",
  },
  {
    name: "naltrexone, occasional kratom: the class finding",
    meds: ["naltrexone"],
    frequency: "less-than-weekly",
    has: { "interaction.opioid-antagonist": "high" },
    hasNot: ["interaction.precipitated-withdrawal"],
    level: "high",
  },
  {
    name: "olanzapine/samidorphan, kratom 4–6 days a week",
    meds: ["olanzapine-samidorphan"],
    frequency: "4-6-days-week",
    has: { "interaction.precipitated-withdrawal": "high" },
    level: "high",
  },
  {
    name: "butorphanol, daily kratom: precipitated withdrawal",
    meds: ["butorphanol"],
    frequency: "daily",
    has: { "interaction.precipitated-withdrawal": "high" },
    hasNot: ["interaction.mixed-agonist-antagonist", "interaction.partial-opioid-agonist"],
    level: "high",
  },
  {
    name: "nalbuphine, occasional kratom: mixed agonist-antagonist finding",
    meds: ["nalbuphine"],
    frequency: "1-3-days-week",
    has: { "interaction.mixed-agonist-antagonist": "moderate" },
    level: "moderate",
  },
  {
    name: "methylnaltrexone, daily kratom: rated by mechanism",
    meds: ["methylnaltrexone"],
    frequency: "daily",
    has: { "interaction.peripheral-opioid-antagonist": "low" },
    hasNot: ["interaction.precipitated-withdrawal", "interaction.opioid-antagonist"],
    level: "low",
  },
  {
    name: "two benzodiazepines: counted as two sedating medicines",
    meds: ["alprazolam", "lorazepam"],
    has: {
      "interaction.cns-depressant-combination": "high",
      "interaction.benzodiazepine-z-drug": "high",
    },
    level: "high",
  },
  {
    name: "two gabapentinoids: counted as two",
    meds: ["gabapentin", "pregabalin"],
    has: { "interaction.cns-depressant-combination": "high" },
    level: "high",
  },
  {
    name: "phenobarbital: ranks with benzodiazepines",
    meds: ["phenobarbital"],
    has: { "interaction.barbiturate-oxybate": "high" },
    hasNot: ["interaction.other-cns-depressant"],
    level: "high",
  },
  {
    name: "sodium oxybate with alcohol",
    meds: ["sodium-oxybate"],
    coUsed: ["alcohol"],
    has: {
      "interaction.barbiturate-oxybate": "high",
      "interaction.cns-depressant-combination": "high",
    },
    level: "high",
  },
  {
    name: "warfarin: laboratory-only low finding",
    meds: ["warfarin"],
    has: { "interaction.nti-cyp2c9": "low" },
    level: "low",
  },
  {
    name: "digoxin and dabigatran: laboratory-only low finding",
    meds: ["digoxin", "dabigatran"],
    has: { "interaction.nti-pgp": "low" },
    level: "low",
  },
  {
    name: "ketoconazole: kratom's own exposure (animal data)",
    meds: ["ketoconazole"],
    has: { "interaction.strong-cyp3a-inhibitor": "moderate" },
    level: "moderate",
  },
  {
    name: "rifampicin: inducer",
    meds: ["rifampin"],
    has: { "interaction.strong-cyp3a-inducer": "low" },
    level: "moderate",
  },
  {
    name: "one serotonergic medicine: moderate",
    meds: ["sertraline"],
    has: { "interaction.serotonergic": "moderate" },
    hasNot: ["interaction.serotonergic-several"],
    level: "moderate",
  },
  {
    name: "two serotonergic medicines: high by the stated rule, no class repeat",
    meds: ["sertraline", "trazodone"],
    has: { "interaction.serotonergic-several": "high" },
    hasNot: ["interaction.serotonergic"],
    level: "high",
  },
  {
    name: "acetaminophen alone: no moderate liver finding",
    meds: ["acetaminophen"],
    has: { "interaction.hepatotoxic-low-signal": "low" },
    hasNot: ["interaction.hepatotoxic"],
    level: "low",
  },
  {
    name: "acetaminophen with alcohol: the moderate liver finding",
    meds: ["acetaminophen"],
    coUsed: ["alcohol"],
    has: { "interaction.hepatotoxic": "moderate" },
    hasNot: ["interaction.hepatotoxic-low-signal"],
    level: "moderate",
  },
  {
    name: "diclofenac: the moderate liver finding",
    meds: ["diclofenac"],
    has: { "interaction.hepatotoxic": "moderate" },
    level: "moderate",
  },
];

describe("interaction model", () => {
  it.each(rows)("$name", ({ meds, frequency, coUsed, has, hasNot = [], level }) => {
    const s = assess(
      withMedicines(meds, {
        usePattern: { frequency: frequency ?? "1-3-days-week", coUsed: coUsed ?? ["none"] },
      }),
    );
    const byId = new Map(s.findings.map((f) => [f.id, f]));
    for (const [id, severity] of Object.entries(has)) {
      expect(byId.get(id)?.severity, id).toBe(severity);
    }
    for (const id of hasNot) expect(byId.has(id), id).toBe(false);
    expect(s.domains.find((d) => d.domain === "interactions")?.level).toBe(level);
  });

  it("names the patient's medicines with what they are; tramadol is not a plain full agonist", () => {
    const s = assess(withMedicines(["tramadol", "oxycodone"]));
    const opioid = s.findings.find((f) => f.id === "interaction.full-opioid-agonist")!;
    const answers = opioid.triggeredBy.map((t) => t.answer);
    const tramadol = answers.find((a) => a.startsWith("tramadol: "))!;
    expect(tramadol).toMatch(/opioid agonist mainly through a metabolite formed by CYP2D6/);
    expect(tramadol).toMatch(/serotonergic/);
    expect(tramadol).not.toMatch(/full opioid agonist/);
    expect(answers).toContain("oxycodone: full opioid agonist");
  });

  it("labels the laboratory-only, animal-data and by-mechanism findings as such", () => {
    const s = assess(withMedicines(["warfarin", "digoxin", "ketoconazole", "methylnaltrexone"]));
    const f = (id: string) => s.findings.find((x) => x.id === id)!;
    for (const id of ["interaction.nti-cyp2c9", "interaction.nti-pgp"]) {
      expect(f(id).title).toMatch(/laboratory data only/);
      expect(f(id).strength).toBe("lab-animal");
      expect(f(id).considerations.join(" ")).toMatch(/monitoring/);
    }
    expect(f("interaction.strong-cyp3a-inhibitor").why).toMatch(/^Animal data only/);
    expect(f("interaction.peripheral-opioid-antagonist").title).toMatch(/rated by mechanism/);
  });

  it("the seizure finding names the threshold-lowering medicines taken", () => {
    const s = assess(
      withMedicines(["bupropion", "amitriptyline", "sertraline"], {
        otherHarms: { seizures: "yes" },
      }),
    );
    const f = s.findings.find((x) => x.id === "harms.seizures")!;
    const named = f.triggeredBy.map((t) => t.answer);
    expect(named).toEqual(expect.arrayContaining(["bupropion", "amitriptyline"]));
    expect(named).not.toContain("sertraline");
    expect(f.considerations.join(" ")).toMatch(/\(bupropion, amitriptyline\)/);
  });

  it("the concentrated 7-OH finding includes naloxone access", () => {
    const s = assess(withMedicines([], { usePattern: { productForms: ["concentrated-7oh"] } }));
    const f = s.findings.find((x) => x.id === "use.concentrated-7oh")!;
    expect(f.considerations.join(" ")).toMatch(/naloxone access/);
  });

  it("the antagonist finding does not carry the buprenorphine induction timing", () => {
    const s = assess(
      withMedicines(["naltrexone"], {
        usePattern: { frequency: "daily" },
        dependence: { lastDose: "under-8h" },
      }),
    );
    const f = s.findings.find((x) => x.id === "interaction.precipitated-withdrawal")!;
    expect(f.considerations.join(" ")).not.toMatch(/buprenorphine/);
    expect(f.considerations.join(" ")).toMatch(/time since the last kratom dose/);
  });

  it("sees a medicine list changed in place between two runs on the same answers", () => {
    const a = withMedicines(["sertraline"]);
    expect(assess(a).findings.map((f) => f.id)).toContain("interaction.serotonergic");
    a.medications.medicationIds.push("trazodone");
    const ids = assess(a).findings.map((f) => f.id);
    expect(ids).toContain("interaction.serotonergic-several");
    expect(ids).not.toContain("interaction.serotonergic");
  });

  it.each([
    ["acetaminophen", true],
    ["diclofenac-topical", true],
    ["diclofenac", false],
    ["oxycodone-acetaminophen", false],
  ])(
    "counts topical NSAIDs and plain acetaminophen as low liver signals only: %s → %s",
    (id, low) => {
      expect(lowLiverSignal(id)).toBe(low);
    },
  );

  it("never shows a class finding beside the pattern finding that replaces it", () => {
    const pairs = [
      ["interaction.opioid-antagonist", "interaction.precipitated-withdrawal"],
      ["interaction.mixed-agonist-antagonist", "interaction.precipitated-withdrawal"],
      ["interaction.serotonergic", "interaction.serotonergic-several"],
      ["interaction.hepatotoxic", "interaction.hepatotoxic-low-signal"],
      ["skin.kratom-pattern", "skin.possible-kratom-pattern"],
    ];
    fc.assert(
      fc.property(answersArb, (a) => {
        const ids = new Set(assess(a).findings.map((f) => f.id));
        for (const [x, y] of pairs) expect(ids.has(x) && ids.has(y), `${x} + ${y}`).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
