/**
 * The checklist's questions, once each: wording, options, when the form shows the question
 * (its gate), what it is cleared to when the gate closes, and how it reads on review, in the
 * summary and the copied note (describe.ts) and in the FHIR export (lib/fhir builds its items
 * from this table). Adding a question is one entry here, its schema field, and its rule.
 *
 * The patient reference has no entry on purpose: it never leaves the app (see lib/fhir), is
 * never described and never exported, so the patient step renders it on its own.
 */
import * as o from "./options";

/** A gate condition. A question is shown when every condition of its gate holds. */
export type Condition =
  | { path: string; anyOf: readonly string[] }
  /** Holds while the answer is none of these (no answer yet included). */
  | { path: string; noneOf: readonly (string | boolean)[] }
  /** Holds while none of the paths has an answer. */
  | { unanswered: readonly string[] };

export type QuestionKind =
  | "one"
  | "some"
  | "integer"
  | "text"
  | "long-text"
  | "boolean"
  | "group"
  | "medicines";

export interface Question {
  /** Dotted path of the answer in the assessment, also the FHIR linkId. */
  path: string;
  /** Short wording: FHIR item text and finding triggers ("question — answer"). */
  text: string;
  /** The form's label or legend, when longer than `text`. */
  legend?: string;
  hint?: string;
  /** The label on review, summary and copied text; `false` when another line reads it. */
  review?: string | false;
  kind: QuestionKind;
  options?: readonly o.Option[];
  /** Answers of a multi-select that stand alone ("None of these"). */
  exclusive?: readonly string[];
  columns?: 1 | 2;
  min?: number;
  max?: number;
  maxLength?: number;
  /** Not required even when shown (an empty list or no text is an answer). */
  optional?: boolean;
  /** Shown only when every condition holds. */
  gate?: readonly Condition[];
  /** The stored value once the gate closes (default: no answer, or an empty list). */
  cleared?: unknown;
  /** The message when the gate is open and the answer is missing. */
  requiredMessage?: string;
  /** A reading of its own on review, summary and copied text (see describe.ts). */
  reads?: "peg" | "dsm-criteria" | "medicines";
  /** Child questions of a group (PEG-3). */
  items?: readonly Question[];
  /**
   * Every question can record that it was not asked (issue 16 §3): the answer that says so,
   * which lists the question under "Not asked yet" (lib/risk/coverage.ts) …
   */
  notAsked?: string | true;
  /** … or why the question has no such answer. A test walks the table for one or the other. */
  whyNoNotAsked?: string;
}

const pegItem = (path: string, text: string): Question => ({
  path,
  text,
  kind: "integer",
  min: 0,
  max: 10,
  whyNoNotAsked:
    "Part of PEG-3, which records “not asked, or the patient declined” once for all three.",
});

const painGate = { path: "patient.reasons", anyOf: o.painReasons } as const;

export const questionTable = [
  // --- patient ---
  {
    path: "patient.ageBand",
    text: "Age band",
    kind: "one",
    options: o.ageBands,
    columns: 2,
    whyNoNotAsked:
      "An age band is known or estimated at every visit; a band, not a date, is asked.",
  },
  {
    path: "patient.sex",
    text: "Sex",
    kind: "one",
    options: o.sexes,
    columns: 2,
    whyNoNotAsked:
      "“Not stated” is the answer when it is not given; pregnancy is then asked as for a woman.",
  },
  {
    path: "patient.reasons",
    notAsked: "unknown",
    text: "Reasons for kratom use",
    legend: "Why does the patient use kratom?",
    hint: "Tick all that apply.",
    review: "Reasons for use",
    kind: "some",
    options: o.useReasons,
    exclusive: ["unknown"],
    columns: 2,
  },
  {
    path: "patient.otherReason",
    whyNoNotAsked: "Optional free text beside “Other”: no text is no other reason.",
    text: "Other reason for kratom use",
    legend: "Other reason (optional)",
    review: "Other reason",
    kind: "text",
    maxLength: 200,
    optional: true,
  },
  {
    path: "patient.pegDeclined",
    notAsked: true,
    text: "PEG-3 not asked or declined",
    legend: "PEG-3 not asked, or the patient declined",
    // The PEG-3 line on review reads the scores, or "not asked or declined".
    review: "PEG-3 (pain, enjoyment, activity)",
    reads: "peg",
    kind: "boolean",
    optional: true,
    gate: [painGate],
  },
  {
    path: "patient.peg",
    whyNoNotAsked: "“PEG-3 not asked, or the patient declined” (the question before) records it.",
    text: "Pain in the past week (PEG-3), each from 0 to 10",
    review: false,
    kind: "group",
    // Optional in the export: "not asked / declined" is an answer too. The form also closes
    // the group when PEG-3 is declined (a FHIR gate cannot mix "any" and "all").
    optional: true,
    gate: [painGate, { path: "patient.pegDeclined", noneOf: [true] }],
    items: [
      pegItem("patient.peg.pain", "Average pain (0 none – 10 worst imaginable)"),
      pegItem(
        "patient.peg.enjoyment",
        "Interference with enjoyment of life (0 none – 10 complete)",
      ),
      pegItem("patient.peg.activity", "Interference with general activity (0 none – 10 complete)"),
    ],
  },
  // --- use pattern ---
  {
    path: "usePattern.productForms",
    notAsked: "other",
    text: "Kratom products used",
    legend: "Which products does the patient use?",
    hint: "Tick all that apply.",
    review: "Products",
    kind: "some",
    options: o.productForms,
  },
  {
    path: "usePattern.amountPerDose",
    notAsked: "unknown",
    text: "Usual amount per dose",
    review: "Amount per dose",
    kind: "one",
    options: o.doseAmounts,
    columns: 2,
  },
  {
    path: "usePattern.frequency",
    whyNoNotAsked:
      "A patient who uses kratom can say roughly how often; the rules on daily and regular use need a best estimate, not an exact figure.",
    text: "How often kratom is used",
    legend: "How often is kratom used?",
    review: "Frequency",
    kind: "one",
    options: o.useFrequencies,
    columns: 2,
  },
  {
    path: "usePattern.dosesPerDay",
    whyNoNotAsked:
      "A best estimate of the doses on a usual day of use, asked with the frequency; the dependence rules need a number.",
    text: "Doses on a day of use",
    legend: "Doses on a typical day of use",
    hint: "A best estimate. In one survey of US consumers, doses a day went with dependence symptoms more closely than the amount per dose.",
    kind: "integer",
    min: 1,
    max: 30,
  },
  {
    path: "usePattern.duration",
    whyNoNotAsked:
      "Banded from under a month to over 5 years, so a best estimate is always possible.",
    text: "How long kratom has been used",
    legend: "How long has the patient used kratom?",
    review: "Duration of use",
    kind: "one",
    options: o.useDurations,
    columns: 2,
  },
  {
    path: "usePattern.escalation",
    notAsked: "unknown",
    text: "Has the amount gone up in recent months?",
    review: "Amount gone up recently",
    kind: "one",
    options: o.yesNoUnknown,
  },
  {
    path: "usePattern.needsMoreForEffect",
    notAsked: "unknown",
    text: "Is more needed for the same effect?",
    legend: "Does the patient need more for the same effect?",
    hint: "This is the DSM-5 tolerance criterion: it is carried over to step 4.",
    review: "Needs more for the same effect",
    kind: "one",
    options: o.yesNoUnknown,
  },
  {
    path: "usePattern.coUsed",
    notAsked: "unknown",
    text: "Other substances used with kratom",
    hint: "Tick all that apply, “None”, or “Not asked / unknown”.",
    review: "Used with",
    kind: "some",
    options: o.coUsedSubstances,
    exclusive: ["none", "unknown"],
    columns: 2,
  },
  // --- medications (rendered by the medications step itself) ---
  {
    path: "medications.medicationIds",
    whyNoNotAsked:
      "The medicines are required: listed, typed as free text (then listed as not checked) or confirmed as none.",
    text: "Current medicines",
    review: "Medicines",
    reads: "medicines",
    kind: "medicines",
    optional: true,
  },
  {
    path: "medications.otherMedicines",
    whyNoNotAsked:
      "Optional free text for medicines not in the list; each one typed is listed as not checked.",
    text: "Other medicines (free text)",
    legend: "Other medicines not found in the list (optional)",
    review: "Other medicines (not checked)",
    kind: "long-text",
    maxLength: 500,
    optional: true,
  },
  {
    path: "medications.noneTaken",
    whyNoNotAsked:
      "A confirmation that the patient takes no medicines; the step refuses to go on without medicines or it.",
    text: "The patient takes no medicines",
    review: false,
    kind: "boolean",
    // Only meaningful while nothing is listed: the schema refuses "takes none" beside a medicine.
    gate: [{ unanswered: ["medications.medicationIds", "medications.otherMedicines"] }],
    cleared: false,
  },
  // --- dependence: the answers the DSM-5 list carries over come first ---
  {
    path: "dependence.withdrawalWhenMissed",
    notAsked: "unknown",
    text: "Withdrawal when a dose is missed",
    legend: "Symptoms when a dose is missed or delayed?",
    review: "Symptoms when a dose is missed",
    kind: "one",
    options: o.withdrawalWhenMissed,
  },
  {
    path: "dependence.withdrawalSymptoms",
    whyNoNotAsked:
      "Asked only after the patient reports symptoms when a dose is missed, so they are named.",
    text: "Withdrawal symptoms",
    legend: "Withdrawal symptoms reported",
    kind: "some",
    options: o.withdrawalSymptoms,
    columns: 2,
    gate: [{ path: "dependence.withdrawalWhenMissed", anyOf: ["yes"] }],
    requiredMessage: "Tick the withdrawal symptoms reported.",
  },
  {
    path: "dependence.lastDose",
    notAsked: "unknown",
    text: "Time since the last dose",
    review: "Last dose",
    kind: "one",
    options: o.lastDoseTimes,
    columns: 2,
  },
  {
    path: "dependence.quitAttempts",
    notAsked: "unknown",
    text: "Earlier attempts to stop",
    hint: "This answers the DSM-5 criterion on cutting down: it is carried over below.",
    kind: "one",
    options: o.quitAttempts,
  },
  {
    path: "dependence.criteriaAsked",
    notAsked: "not-asked",
    text: "DSM-5 criteria for kratom use in the past 12 months",
    review: "DSM-5 criteria",
    reads: "dsm-criteria",
    kind: "one",
    options: o.criteriaAsked,
  },
  {
    path: "dependence.criteria",
    whyNoNotAsked:
      "Asked only after “All criteria were asked”; the question before records when they were not.",
    text: "DSM-5 criteria present",
    legend: "Other criteria present",
    hint: "Tick each criterion the patient meets.",
    review: false,
    kind: "some",
    options: o.dsmCriteria,
    // No criterion ticked is a valid answer (below the DSM-5 threshold).
    optional: true,
    gate: [{ path: "dependence.criteriaAsked", anyOf: ["asked"] }],
  },
  // --- skin ---
  {
    path: "skin.newDarkening",
    notAsked: "unknown",
    text: "New darkening of the skin?",
    legend: "Any new darkening of the skin since starting kratom?",
    review: "New darkening of the skin",
    kind: "one",
    options: o.yesNoUnknown,
  },
  {
    path: "skin.sites",
    whyNoNotAsked: "Asked only when new darkening is reported: the clinician can look at the skin.",
    text: "Where the skin has darkened",
    legend: "Where is the darkening?",
    hint: "Tick all that apply.",
    review: "Sites",
    kind: "some",
    options: o.skinSites,
    columns: 2,
    gate: [{ path: "skin.newDarkening", anyOf: ["yes"] }],
    requiredMessage: "Tick where the darkening is.",
  },
  {
    path: "skin.colour",
    whyNoNotAsked:
      "Asked only when new darkening is reported: the clinician can look at it (“Other” when it fits no colour).",
    text: "Colour of the darkening",
    legend: "Colour",
    review: "Colour",
    kind: "one",
    options: o.skinColours,
    columns: 2,
    gate: [{ path: "skin.newDarkening", anyOf: ["yes"] }],
    requiredMessage: "Choose the colour.",
  },
  {
    path: "skin.onset",
    notAsked: "unknown",
    text: "When the darkening started",
    legend: "When did it start?",
    review: "Onset",
    kind: "one",
    options: o.skinOnsets,
    gate: [{ path: "skin.newDarkening", anyOf: ["yes"] }],
    requiredMessage: "Choose when it started.",
  },
  {
    path: "skin.fitzpatrick",
    notAsked: "unknown",
    text: "Fitzpatrick skin type",
    review: "Fitzpatrick type",
    kind: "one",
    options: o.fitzpatrickTypes,
    columns: 2,
  },
  {
    path: "skin.otherCauses",
    notAsked: "unknown",
    text: "Exposure to other causes of pigmentation",
    legend: "Exposure, now or in the past, to other causes of pigmentation",
    hint: "Tick all that apply, or “None of these”.",
    review: "Other causes of pigmentation",
    kind: "some",
    options: o.pigmentationCauses,
    exclusive: ["none", "unknown"],
    columns: 2,
  },
  // --- other harms ---
  {
    path: "otherHarms.liverSymptoms",
    notAsked: "unknown",
    text: "Liver symptoms",
    legend: "Liver symptoms since starting kratom",
    hint: "Tick all that apply.",
    kind: "some",
    options: o.liverSymptoms,
    exclusive: ["none", "unknown"],
    columns: 2,
  },
  {
    path: "otherHarms.seizures",
    notAsked: "unknown",
    text: "Any seizures?",
    legend: "Any seizure since starting kratom?",
    review: "Seizures",
    kind: "one",
    options: o.yesNoUnknown,
  },
  {
    path: "otherHarms.palpitationsOrFainting",
    notAsked: "unknown",
    text: "Palpitations or fainting?",
    review: "Palpitations or fainting",
    kind: "one",
    options: o.yesNoUnknown,
  },
  {
    path: "otherHarms.pregnancy",
    notAsked: "unknown",
    text: "Pregnancy or breastfeeding",
    legend: "Pregnancy and breastfeeding",
    review: "Pregnancy and breastfeeding",
    kind: "one",
    options: o.pregnancyStatuses,
    columns: 2,
    // Not asked for a male patient: stored as "not applicable", which it is, not as unknown.
    gate: [{ path: "patient.sex", noneOf: ["male"] }],
    cleared: "not-applicable",
  },
] as const satisfies readonly Question[];

type Entry = (typeof questionTable)[number];
type ChildPath<E> = E extends { items: readonly { path: infer P }[] } ? P : never;
/** Every answer path the table knows, PEG-3 items included. */
export type AnswerPath = Entry["path"] | ChildPath<Entry>;

/** Every question, depth first (the PEG-3 group, then its items). */
export const allQuestions: readonly Question[] = questionTable.flatMap((q: Question) => [
  q,
  ...(q.items ?? []),
]);

const byPath = new Map(allQuestions.map((q) => [q.path, q]));

export function questionAt(path: string): Question {
  const q = byPath.get(path);
  if (!q) throw new Error(`No checklist question at ${path}`);
  return q;
}

/** The top-level questions of one step, in form order. */
export function questionsOf(stepKey: string): Question[] {
  return questionTable.filter((q: Question) => q.path.startsWith(`${stepKey}.`));
}
