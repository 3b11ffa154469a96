/**
 * Plausible synthetic answers for load tests: schema-valid answer sets from the property-test
 * arbitraries, then the fields that shape the aggregates redrawn from rough clinic-intake mixes
 * (mostly adults 25–64, daily use common, most on no or one interacting medicine, skin changes
 * rare). Not epidemiology: realistic enough that findings and suppression behave as in use.
 */
import fc from "fast-check";
import { type AssessmentAnswers, assessmentSchema } from "@/lib/checklist/schemas";
import { medications } from "@/lib/medications";
import { answersArb, skinArb } from "@/lib/risk/arbitraries";

export type Random = () => number;

/** mulberry32: a small seeded generator, so a seed gives the same data set every time. */
export function seeded(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A mix written as "value:weight value:weight …" (weights need not add up to anything). */
function mix(spec: string): [string, number][] {
  return spec.split(" ").map((pair) => {
    const at = pair.lastIndexOf(":");
    return [pair.slice(0, at), Number(pair.slice(at + 1))];
  });
}

function draw<T extends string | number>(random: Random, spec: string): T {
  const entries = mix(spec);
  let r = random() * entries.reduce((s, [, w]) => s + w, 0);
  for (const [value, w] of entries) {
    r -= w;
    if (r < 0) return (/^\d+$/.test(value) ? Number(value) : value) as T;
  }
  return entries[0][0] as T;
}

const MIX = {
  sex: "female:44 male:52 other:1 not-stated:3",
  age: "under-18:0.5 18-24:6 25-34:20 35-44:24 45-54:22 55-64:15 65-74:8 75-84:3 85-89:1 90+:0.5",
  medicineCount: "0:45 1:30 2:15 3:7 4:3",
  frequency: "daily:50 4-6-days-week:20 1-3-days-week:20 less-than-weekly:10",
  dosesPerDay: "1:25 2:30 3:25 4:12 6:6 10:2",
  yesNo: "yes:25 no:65 unknown:10",
  amount: "under-2g:20 2-5g:45 5-15g:20 over-15g:3 not-leaf:7 unknown:5",
  duration: "under-1-month:5 1-6-months:15 6-12-months:15 1-5-years:45 over-5-years:20",
  coUsed:
    "none:50 alcohol:18 cannabis:12 nicotine:15 non-prescribed-opioids:3 non-prescribed-sedatives:2",
  form: "leaf-powder:60 capsules:25 tea:4 extract:4 concentrated-7oh:6 liquid-shot:1",
  criteriaCount: "0:30 1:15 2:15 3:12 4:10 5:8 6:10",
  withdrawal: "yes:30 no:40 never-missed:15 unknown:15",
  quit: "none:50 stopped-successfully:15 unsuccessful:20 unknown:15",
  darkening: "yes:3 no:85 unknown:12",
  liver: "none:85 unknown:10 dark-urine:3 jaundice:2",
  seizures: "no:92 yes:1 unknown:7",
  palpitations: "no:88 yes:5 unknown:7",
  pregnancy: "no:85 pregnant:2 breastfeeding:2 unknown:11",
};

const COMMON_MEDICINES = (
  "oxycodone tramadol hydrocodone morphine buprenorphine methadone naltrexone gabapentin " +
  "pregabalin alprazolam clonazepam diazepam zolpidem sertraline fluoxetine citalopram " +
  "escitalopram venlafaxine duloxetine trazodone quetiapine bupropion cyclobenzaprine " +
  "methylphenidate amphetamine ibuprofen acetaminophen naproxen meloxicam atorvastatin " +
  "lisinopril metformin omeprazole levothyroxine"
)
  .split(" ")
  .filter((id) => medications.some((m) => m.id === id));

const CRITERIA = [
  "tolerance",
  "withdrawal",
  "craving",
  "cannot-cut-down",
  "larger-or-longer",
  "time-spent",
] as const;

type A = AssessmentAnswers;

function redraw(base: A, random: Random, skins: A["skin"][]): A {
  const d = <T extends string | number>(key: keyof typeof MIX) => draw<T>(random, MIX[key]);
  const sex = d<A["patient"]["sex"]>("sex");
  const meds = new Set<string>();
  const medCount = d<number>("medicineCount");
  while (meds.size < medCount)
    meds.add(COMMON_MEDICINES[Math.floor(random() * COMMON_MEDICINES.length)]);
  const asked = random() < 0.85;
  const withdrawal = d<A["dependence"]["withdrawalWhenMissed"]>("withdrawal");
  const darkening = d<string>("darkening");
  return {
    ...base,
    patient: { ...base.patient, sex, ageBand: d("age") },
    usePattern: {
      ...base.usePattern,
      frequency: d("frequency"),
      dosesPerDay: d("dosesPerDay"),
      escalation: d("yesNo"),
      needsMoreForEffect: d("yesNo"),
      amountPerDose: d("amount"),
      duration: d("duration"),
      coUsed: [d("coUsed")],
      productForms: [d("form")],
    },
    medications:
      meds.size > 0 ? { medicationIds: [...meds] } : { medicationIds: [], noneTaken: true },
    dependence: {
      ...base.dependence,
      criteriaAsked: asked ? "asked" : "not-asked",
      criteria: asked ? CRITERIA.slice(0, d<number>("criteriaCount")) : [],
      withdrawalWhenMissed: withdrawal,
      withdrawalSymptoms: withdrawal === "yes" ? ["restlessness", "muscle-aches"] : [],
      quitAttempts: d("quit"),
    },
    skin: skins.find((s) => s.newDarkening === darkening) ?? base.skin,
    otherHarms: {
      liverSymptoms: [d("liver")],
      seizures: d("seizures"),
      palpitationsOrFainting: d("palpitations"),
      pregnancy: sex === "female" ? d("pregnancy") : "not-applicable",
    },
  };
}

/** `count` valid answer sets (a redraw the schema refuses is skipped and replaced). */
export function syntheticAnswers(count: number, seed: number): A[] {
  const random = seeded(seed);
  const out: A[] = [];
  for (let round = 0; out.length < count && round < 20; round++) {
    const bases = fc.sample(answersArb, { seed: seed + round, numRuns: count });
    const skins = fc.sample(skinArb, { seed: seed + round + 1, numRuns: 200 });
    for (const base of bases) {
      const answers = redraw(base, random, skins);
      const input = { ...answers, patient: { ...answers.patient, patientReference: "SYNTHETIC" } };
      if (assessmentSchema.safeParse(input).success) out.push(answers);
      if (out.length === count) break;
    }
  }
  return out;
}
