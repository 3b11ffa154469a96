/**
 * Kratom use recorded in the chart, for a patient with no checklist in this clinic: a current
 * MedicationStatement or an active problem (Condition) naming kratom, Mitragyna or
 * 7-hydroxymitragynine, or this app's own QuestionnaireResponse stored in the record (which
 * also says how often kratom is used). Past, refuted or erroneous entries are not a signal.
 */
import { useFrequencies } from "@/lib/checklist/options";
import { QUESTIONNAIRE_URL } from "@/lib/fhir/codes";
import { codesOf, namesOf, resourcesOf, text } from "./fhir-read";
import type { FhirResource } from "./types";

export type UseFrequency = (typeof useFrequencies)[number]["value"];
export type SignalSource = "medication-statement" | "condition" | "checklist-in-record";

export interface ChartSignal {
  sources: SignalSource[];
  /** Known only from the app's own QuestionnaireResponse in the record. */
  frequency?: UseFrequency;
}

/** "Mitragyn" covers Mitragyna (speciosa), mitragynine and 7-hydroxymitragynine. */
const KRATOM = /\bkratom\b|mitragyn/i;
export const namesKratom = (names: readonly string[]) => names.some((n) => KRATOM.test(n));

const STATEMENT_NOT_CURRENT = new Set(["stopped", "completed", "not-taken", "entered-in-error"]);
const CONDITION_NOT_CURRENT = new Set(["inactive", "remission", "resolved"]);
const CONDITION_NOT_TRUE = new Set(["refuted", "entered-in-error"]);

function statementNamesKratom(s: FhirResource): boolean {
  if (STATEMENT_NOT_CURRENT.has(String(s.status ?? ""))) return false;
  const contained = Array.isArray(s.contained) ? s.contained : [];
  return namesKratom([
    ...namesOf(s.medicationCodeableConcept),
    ...contained.flatMap((m: unknown) => namesOf((m as { code?: unknown })?.code)),
  ]);
}

function conditionNamesKratom(c: FhirResource): boolean {
  if (codesOf(c.clinicalStatus).some((s) => CONDITION_NOT_CURRENT.has(s))) return false;
  if (codesOf(c.verificationStatus).some((s) => CONDITION_NOT_TRUE.has(s))) return false;
  return namesKratom(namesOf(c.code));
}

/** The answer coded at linkId `usePattern.frequency`, wherever it sits in the item tree. */
function frequencyIn(items: unknown): UseFrequency | undefined {
  for (const item of Array.isArray(items) ? items : []) {
    const i = (item ?? {}) as { linkId?: unknown; answer?: unknown; item?: unknown };
    if (i.linkId === "usePattern.frequency" && Array.isArray(i.answer)) {
      const code = text((i.answer[0] as { valueCoding?: { code?: unknown } })?.valueCoding?.code);
      const known = useFrequencies.find((f) => f.value === code);
      if (known) return known.value;
    }
    const nested = frequencyIn(i.item);
    if (nested) return nested;
  }
  return undefined;
}

function ownChecklist(value: unknown): FhirResource | undefined {
  return resourcesOf(value, "QuestionnaireResponse").find((r) => {
    const q = text(r.questionnaire);
    const done = r.status === "completed" || r.status === "amended";
    return (
      done && q !== undefined && (q === QUESTIONNAIRE_URL || q.startsWith(`${QUESTIONNAIRE_URL}|`))
    );
  });
}

export interface ChartData {
  statements?: unknown;
  conditions?: unknown;
  assessment?: unknown;
}

/** The chart's kratom signal, or null when the chart records no current kratom use. */
export function chartSignal(chart: ChartData): ChartSignal | null {
  const sources: SignalSource[] = [];
  if (resourcesOf(chart.statements, "MedicationStatement").some(statementNamesKratom))
    sources.push("medication-statement");
  if (resourcesOf(chart.conditions, "Condition").some(conditionNamesKratom))
    sources.push("condition");
  const checklist = ownChecklist(chart.assessment);
  if (checklist) sources.push("checklist-in-record");
  if (sources.length === 0) return null;
  const frequency = checklist ? frequencyIn(checklist.item) : undefined;
  return frequency ? { sources, frequency } : { sources };
}
