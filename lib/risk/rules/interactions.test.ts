import { describe, expect, it } from "vitest";
import { interactionClasses, medications } from "@/lib/medications";
import type { InteractionClassId } from "@/lib/medications/types";
import { baseAnswers as b, withMedicines } from "../fixtures";
import { fire } from "../rule";
import { checkRuleCases, type RuleCase } from "../testing";
import { tierOf } from "../tier";
import { interactionRules } from "./interactions";
import { describeMedicine } from "./medicine-roles";

/** The first vocabulary medicine in a class, so the tests follow the vocabulary as it grows. */
const inClass = (id: InteractionClassId) => medications.find((m) => m.classes.includes(id));
const idIn = (id: InteractionClassId) => inClass(id)!.id;
const onlyIn = (id: InteractionClassId) =>
  medications.find((m) => m.classes.length === 1 && m.classes[0] === id) ?? inClass(id)!;
const listed = interactionClasses.filter((c) => inClass(c.id));
const cnsClasses = listed.filter((c) => c.cnsDepressant).map((c) => c.id);

const classCases: RuleCase[] = listed.flatMap((c) => {
  const med = inClass(c.id)!;
  const id = `interaction.${c.id}`;
  return [
    {
      id,
      name: med.generic,
      answers: withMedicines([med.id]),
      fires: true,
      shows: [describeMedicine(med, c.id)],
    },
    { id, name: "no medicines", answers: b(), fires: false },
  ];
});

const opioid = onlyIn("full-opioid-agonist").id;
const antagonist = idIn("opioid-antagonist");
const daily = { usePattern: { frequency: "daily" as const } };

const cases: RuleCase[] = [
  ...classCases,
  {
    id: "interaction.cns-depressant-combination",
    name: "opioid + gabapentinoid",
    answers: withMedicines([opioid, idIn("gabapentinoid")]),
    fires: true,
  },
  {
    id: "interaction.cns-depressant-combination",
    name: "opioid + co-used alcohol",
    answers: withMedicines([opioid], { usePattern: { coUsed: ["alcohol"] } }),
    fires: true,
    shows: ["Alcohol"],
  },
  {
    id: "interaction.cns-depressant-combination",
    name: "alcohol + non-prescribed sedatives",
    answers: b({ usePattern: { coUsed: ["alcohol", "non-prescribed-sedatives"] } }),
    fires: true,
  },
  {
    id: "interaction.cns-depressant-combination",
    name: "one opioid only",
    answers: withMedicines([opioid]),
    fires: false,
  },
  {
    id: "interaction.cns-depressant-combination",
    name: "alcohol only",
    answers: b({ usePattern: { coUsed: ["alcohol", "cannabis"] } }),
    fires: false,
  },
  {
    id: "interaction.precipitated-withdrawal",
    name: "antagonist + daily",
    answers: withMedicines([antagonist], daily),
    fires: true,
    shows: ["Every day"],
  },
  {
    id: "interaction.precipitated-withdrawal",
    name: "antagonist + 4–6 days",
    answers: withMedicines([antagonist], { usePattern: { frequency: "4-6-days-week" } }),
    fires: true,
  },
  {
    id: "interaction.precipitated-withdrawal",
    name: "antagonist + 1–3 days",
    answers: withMedicines([antagonist]),
    fires: false,
  },
  {
    id: "interaction.precipitated-withdrawal",
    name: "daily, no antagonist",
    answers: b(daily),
    fires: false,
  },
  {
    id: "interaction.unchecked-free-text",
    name: "free text",
    answers: b({
      medications: { medicationIds: [], otherMedicines: "St John's wort", noneTaken: undefined },
    }),
    fires: true,
  },
  { id: "interaction.unchecked-free-text", name: "no free text", answers: b(), fires: false },
  {
    id: "interaction.serotonergic-several",
    name: "sertraline + tramadol",
    answers: withMedicines(["sertraline", "tramadol"]),
    fires: true,
    shows: ["sertraline: serotonergic"],
  },
  {
    id: "interaction.serotonergic-several",
    name: "sertraline alone",
    answers: withMedicines(["sertraline"]),
    fires: false,
  },
  {
    id: "interaction.hepatotoxic-low-signal",
    name: "acetaminophen alone",
    answers: withMedicines(["acetaminophen"]),
    fires: true,
  },
  {
    id: "interaction.hepatotoxic-low-signal",
    name: "acetaminophen with alcohol",
    answers: withMedicines(["acetaminophen"], { usePattern: { coUsed: ["alcohol"] } }),
    fires: false,
  },
  {
    id: "interaction.hepatotoxic-low-signal",
    name: "acetaminophen with diclofenac",
    answers: withMedicines(["acetaminophen", "diclofenac"]),
    fires: false,
  },
  {
    id: "interaction.unchecked-free-text",
    name: "blank free text",
    answers: withMedicines([opioid], { medications: { otherMedicines: "  " } }),
    fires: false,
  },
];

checkRuleCases("interaction rules", interactionRules, cases);

describe("interaction class findings", () => {
  it.each(listed)("$id takes its data from the class", (c) => {
    const med = inClass(c.id)!;
    const rule = interactionRules.find((r) => r.id === `interaction.${c.id}`)!;
    // The screening questions not asked, so no class consideration is already answered.
    const finding = fire(
      rule,
      withMedicines([med.id], {
        otherHarms: { liverSymptoms: ["unknown"], seizures: "unknown" },
        usePattern: { coUsed: ["unknown"] },
      }),
    )!;
    expect(finding).toMatchObject({
      severity: c.severity,
      why: c.mechanism,
      strength: tierOf(c),
      considerations: c.considerations,
      citations: c.citations,
    });
    expect(finding.triggeredBy).toEqual([
      {
        path: "medications.medicationIds",
        question: "Current medicines",
        answer: describeMedicine(med, c.id),
      },
    ]);
    expect(finding.triggeredBy[0].answer.startsWith(`${med.generic}: `)).toBe(true);
  });

  it("has a rule for every class a vocabulary medicine belongs to, and only those", () => {
    const classRuleIds = interactionRules
      .map((r) => r.id.replace("interaction.", ""))
      .filter((id) => interactionClasses.some((c) => c.id === id));
    expect(classRuleIds).toEqual(listed.map((c) => c.id));
    // Alcohol is a co-used substance: reported by use.co-use-alcohol, not as a medicine.
    expect(classRuleIds).not.toContain("alcohol");
  });

  it("names every CNS-depressant source in the combination finding", () => {
    const rule = interactionRules.find((r) => r.id === "interaction.cns-depressant-combination")!;
    const ids = [...new Set(cnsClasses.slice(0, 3).map(idIn))];
    const finding = fire(rule, withMedicines(ids, { usePattern: { coUsed: ["alcohol"] } }));
    const shown = finding!.triggeredBy.map((t) => t.answer);
    for (const id of ids) {
      const generic = medications.find((m) => m.id === id)!.generic;
      expect(shown.some((a) => a.startsWith(`${generic}: `))).toBe(true);
    }
    expect(shown).toContain("Alcohol");
  });

  it("never echoes free-text medicines into the finding", () => {
    const rule = interactionRules.find((r) => r.id === "interaction.unchecked-free-text")!;
    const finding = fire(
      rule,
      b({ medications: { medicationIds: [], otherMedicines: "Secret-X 5" } }),
    );
    expect(JSON.stringify(finding)).not.toContain("Secret-X");
  });
});
