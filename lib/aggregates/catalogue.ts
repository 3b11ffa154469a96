/**
 * What the dashboard counts, with labels, from the same option lists, rule table and interaction
 * classes the checklist uses: a new rule or class shows up in the aggregates without an edit here.
 * Only coded values are counted; free text never becomes a category.
 */
import { ageBands, sexes, yesNoUnknown } from "@/lib/checklist/options";
import { interactionClasses } from "@/lib/medications";
import { domains, riskLevels, rules } from "@/lib/risk";

export interface Category {
  key: string;
  label: string;
}

export interface Catalogue {
  levels: Category[];
  dependence: Category[];
  skin: Category[];
  rules: (Category & { domain: string })[];
  domains: Category[];
  classes: Category[];
  ageBands: Category[];
  sexes: Category[];
}

const levelLabels: Record<string, string> = { low: "Low", moderate: "Moderate", high: "High" };

const dependenceLabels: Category[] = [
  { key: "none", label: "None (0–1 criteria)" },
  { key: "mild", label: "Mild (2–3 criteria)" },
  { key: "moderate", label: "Moderate (4–5 criteria)" },
  { key: "severe", label: "Severe (6 or more)" },
  { key: "not-assessed", label: "Criteria not asked" },
];

const skinLabels: Record<string, string> = {
  yes: "New darkening reported",
  no: "No new darkening",
  unknown: "Unknown or not asked",
};

/** Rule ids seen in stored findings but no longer in the rule table (older ruleset versions). */
export function buildCatalogue(extraRuleIds: readonly string[] = []): Catalogue {
  const known = new Set(rules.map((r) => r.id));
  return {
    levels: riskLevels.map((key) => ({ key, label: levelLabels[key] ?? key })),
    dependence: dependenceLabels,
    skin: yesNoUnknown.map((o) => ({ key: o.value, label: skinLabels[o.value] ?? o.label })),
    rules: [
      ...rules.map((r) => ({ key: r.id, label: r.title, domain: r.domain })),
      ...[...new Set(extraRuleIds)]
        .filter((id) => !known.has(id))
        .sort()
        .map((id) => ({ key: id, label: `${id} (retired rule)`, domain: id.split(".")[0] })),
    ],
    domains: Object.entries(domains).map(([key, label]) => ({ key, label })),
    classes: interactionClasses.map((c) => ({ key: c.id, label: c.label })),
    ageBands: ageBands.map((o) => ({ key: o.value, label: o.label })),
    sexes: sexes.map((o) => ({ key: o.value, label: o.label })),
  };
}
