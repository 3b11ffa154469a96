/**
 * Answer options for every checklist question, as plain data.
 * The zod schemas derive their enums from these lists, the form renders their labels,
 * and the risk rules match on their values, so one edit here changes all three.
 */
export interface Option<V extends string = string> {
  value: V;
  label: string;
}

function options<const V extends string>(list: readonly Option<V>[]) {
  return list;
}

export function valuesOf<V extends string>(list: readonly Option<V>[]): [V, ...V[]] {
  return list.map((o) => o.value) as [V, ...V[]];
}

export function labelOf(list: readonly Option[], value: string | undefined): string {
  return list.find((o) => o.value === value)?.label ?? value ?? "—";
}

export const yesNoUnknown = options([
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
  { value: "unknown", label: "Unknown / not asked" },
]);

export const ageBands = options([
  { value: "under-18", label: "Under 18" },
  { value: "18-24", label: "18–24" },
  { value: "25-34", label: "25–34" },
  { value: "35-44", label: "35–44" },
  { value: "45-54", label: "45–54" },
  { value: "55-64", label: "55–64" },
  { value: "65-74", label: "65–74" },
  { value: "75-84", label: "75–84" },
  { value: "85-89", label: "85–89" },
  { value: "90+", label: "90 or over" },
]);

export const sexes = options([
  { value: "female", label: "Female" },
  { value: "male", label: "Male" },
  { value: "other", label: "Other / intersex" },
  { value: "not-stated", label: "Not stated" },
]);

export const useReasons = options([
  { value: "joint-pain", label: "Chronic joint pain" },
  { value: "other-chronic-pain", label: "Other chronic pain" },
  { value: "acute-pain", label: "Acute pain" },
  { value: "low-mood", label: "Low mood" },
  { value: "anxiety", label: "Anxiety or stress" },
  { value: "energy", label: "Energy, focus or work" },
  { value: "sleep", label: "Sleep" },
  { value: "opioid-withdrawal", label: "Opioid withdrawal or cutting down opioids" },
  { value: "other-substance", label: "Cutting down alcohol or another substance" },
  { value: "recreational", label: "Recreational or social" },
  { value: "other", label: "Other" },
  { value: "unknown", label: "Not asked / not said" },
]);

/** Reasons that make the PEG-3 pain items relevant. */
export const painReasons = ["joint-pain", "other-chronic-pain", "acute-pain"] as const;

export const productForms = options([
  { value: "leaf-powder", label: "Leaf or powder" },
  { value: "capsules", label: "Capsules or tablets of leaf powder" },
  { value: "tea", label: "Brewed tea" },
  { value: "extract", label: "Extract, resin or tincture" },
  { value: "concentrated-7oh", label: "Concentrated 7-OH product (pills, gummies, labelled 7-OH)" },
  { value: "liquid-shot", label: "Liquid shot" },
  { value: "other", label: "Other or unknown product" },
]);

export const doseAmounts = options([
  { value: "under-2g", label: "Under 2 g of leaf" },
  { value: "2-5g", label: "2 to 5 g of leaf" },
  { value: "5-15g", label: "More than 5 up to 15 g of leaf" },
  { value: "over-15g", label: "More than 15 g of leaf" },
  { value: "not-leaf", label: "Not measurable in grams (extract, shot, 7-OH product)" },
  { value: "unknown", label: "Unknown" },
]);

export const useFrequencies = options([
  { value: "less-than-weekly", label: "Less than once a week" },
  { value: "1-3-days-week", label: "1 to 3 days a week" },
  { value: "4-6-days-week", label: "4 to 6 days a week" },
  { value: "daily", label: "Every day" },
]);

export const useDurations = options([
  { value: "under-1-month", label: "Less than 1 month" },
  { value: "1-6-months", label: "1 to 6 months" },
  { value: "6-12-months", label: "6 to 12 months" },
  { value: "1-5-years", label: "1 to 5 years" },
  { value: "over-5-years", label: "More than 5 years" },
]);

export const coUsedSubstances = options([
  { value: "alcohol", label: "Alcohol" },
  { value: "cannabis", label: "Cannabis" },
  { value: "non-prescribed-opioids", label: "Non-prescribed opioids" },
  { value: "non-prescribed-sedatives", label: "Non-prescribed benzodiazepines or sedatives" },
  { value: "stimulants", label: "Stimulants (cocaine, amphetamines)" },
  { value: "nicotine", label: "Nicotine" },
  { value: "other", label: "Other" },
  { value: "none", label: "None" },
  { value: "unknown", label: "Not asked / unknown" },
]);

/** DSM-5 substance use disorder criteria, worded for kratom. */
export const dsmCriteria = options([
  { value: "larger-or-longer", label: "Takes more kratom, or for longer, than intended" },
  { value: "cannot-cut-down", label: "Wants to cut down or has tried without success" },
  { value: "time-spent", label: "Spends a lot of time getting, using or recovering from kratom" },
  { value: "craving", label: "Craving or strong urges to use kratom" },
  { value: "role-failure", label: "Use leads to failing obligations at work, school or home" },
  {
    value: "social-problems",
    label: "Keeps using despite social or relationship problems it causes",
  },
  {
    value: "activities-given-up",
    label: "Gives up or reduces important activities because of use",
  },
  { value: "hazardous-use", label: "Uses in physically hazardous situations" },
  {
    value: "despite-harm",
    label: "Keeps using despite a physical or psychological problem made worse by it",
  },
  { value: "tolerance", label: "Tolerance: needs more for the same effect" },
  { value: "withdrawal", label: "Withdrawal when stopping or cutting down" },
]);

export const criteriaAsked = options([
  { value: "asked", label: "All criteria were asked (tick those present)" },
  { value: "not-asked", label: "Not asked or patient declined" },
]);

export const withdrawalSymptoms = options([
  { value: "muscle-aches", label: "Muscle aches or spasms" },
  { value: "restlessness", label: "Restlessness" },
  { value: "irritability", label: "Irritability, anxiety or low mood" },
  { value: "insomnia", label: "Difficulty sleeping" },
  { value: "runny-nose-eyes", label: "Runny nose or watery eyes" },
  { value: "hot-cold-flushes", label: "Hot flushes, sweats or fever" },
  { value: "gi-upset", label: "Diarrhoea, nausea, vomiting or abdominal cramps" },
  { value: "fatigue", label: "Fatigue or low energy" },
]);

/**
 * Craving used to be a withdrawal symptom too; it is now asked once, as the DSM-5 criterion.
 * Old drafts and stored answers may still hold it (see upgradeAnswers in normalise.ts).
 */
export const LEGACY_CRAVING_SYMPTOM = "craving";

export const withdrawalWhenMissed = options([
  { value: "yes", label: "Yes, symptoms when a dose is missed or delayed" },
  { value: "no", label: "No symptoms when a dose is missed" },
  { value: "never-missed", label: "Has not missed a dose" },
  { value: "unknown", label: "Unknown / not asked" },
]);

export const lastDoseTimes = options([
  { value: "under-8h", label: "Less than 8 hours ago" },
  { value: "8-24h", label: "8 to 24 hours ago" },
  { value: "1-3-days", label: "1 to 3 days ago" },
  { value: "over-3-days", label: "More than 3 days ago" },
  { value: "unknown", label: "Unknown" },
]);

export const quitAttempts = options([
  { value: "none", label: "Never tried to stop, and does not wish to cut down" },
  { value: "wants-to-stop", label: "Wishes to cut down or stop, has not tried yet" },
  { value: "stopped-successfully", label: "Stopped before without major difficulty" },
  { value: "unsuccessful", label: "Tried to stop and could not, or relapsed" },
  { value: "unknown", label: "Unknown / not asked" },
]);

export const skinSites = options([
  { value: "face", label: "Face" },
  { value: "back-of-neck", label: "Back of the neck" },
  { value: "backs-of-hands", label: "Backs of the hands" },
  { value: "forearms", label: "Forearms" },
  { value: "other-sun-exposed", label: "Other sun-exposed skin" },
  { value: "non-sun-exposed", label: "Skin not exposed to sun" },
  { value: "nails-mucosa", label: "Nails, gums or mucosa" },
]);

export const skinColours = options([
  { value: "grey-blue", label: "Grey-blue or slate" },
  { value: "blue-black", label: "Blue-black" },
  { value: "brown", label: "Brown" },
  { value: "other", label: "Other" },
]);

export const skinOnsets = options([
  { value: "before-kratom", label: "Before kratom use started" },
  { value: "within-1-year", label: "Within a year of starting kratom" },
  { value: "after-1-year", label: "After a year or more of kratom use" },
  { value: "unknown", label: "Unknown" },
]);

export const fitzpatrickTypes = options([
  { value: "I", label: "Type I" },
  { value: "II", label: "Type II" },
  { value: "III", label: "Type III" },
  { value: "IV", label: "Type IV" },
  { value: "V", label: "Type V" },
  { value: "VI", label: "Type VI" },
  { value: "unknown", label: "Not assessed" },
]);

/** Other causes of drug-induced or acquired pigmentation to ask about, current or past. */
export const pigmentationCauses = options([
  { value: "minocycline", label: "Minocycline" },
  { value: "amiodarone", label: "Amiodarone" },
  { value: "antimalarial", label: "Antimalarials (hydroxychloroquine, chloroquine, mepacrine)" },
  { value: "phenothiazine", label: "Chlorpromazine or other phenothiazines" },
  { value: "clofazimine", label: "Clofazimine" },
  { value: "zidovudine", label: "Zidovudine" },
  { value: "phenytoin", label: "Phenytoin" },
  { value: "chemotherapy", label: "Cytotoxic chemotherapy" },
  { value: "heavy-metals", label: "Heavy metals (silver, gold, mercury)" },
  { value: "none", label: "None of these" },
  { value: "unknown", label: "Unknown / not asked" },
]);

export const liverSymptoms = options([
  { value: "jaundice", label: "Yellow skin or eyes" },
  { value: "dark-urine", label: "Dark urine" },
  { value: "pale-stools", label: "Pale stools" },
  { value: "itching", label: "Generalised itching" },
  { value: "right-upper-abdominal-pain", label: "Right upper abdominal pain" },
  { value: "none", label: "None of these" },
  { value: "unknown", label: "Not asked" },
]);

export const pregnancyStatuses = options([
  { value: "pregnant", label: "Pregnant" },
  { value: "possibly-pregnant", label: "Possibly pregnant or planning pregnancy" },
  { value: "breastfeeding", label: "Breastfeeding" },
  { value: "no", label: "Not pregnant or breastfeeding" },
  { value: "not-applicable", label: "Not applicable" },
  { value: "unknown", label: "Unknown / not asked" },
]);
