/**
 * Canonical URLs for what the app publishes as FHIR. The host is a placeholder under the
 * reserved `.example` domain: nothing resolves there, but the URLs stay stable identifiers.
 */

import type { Option } from "@/lib/checklist/options";
import * as options from "@/lib/checklist/options";

export const FHIR_BASE = "https://kratom-checklist.example/fhir";
export const QUESTIONNAIRE_URL = `${FHIR_BASE}/Questionnaire/kratom-risk-checklist`;
export const MEDICATIONS_SYSTEM = `${FHIR_BASE}/CodeSystem/medications`;
export const EXTENSION_BASE = `${FHIR_BASE}/StructureDefinition`;

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

// Code system names come from the export names in options.ts, so a list cannot be published
// under a name that belongs to another list, and there is no second table to keep in step.
const listNames = new Map<unknown, string>(
  Object.entries(options)
    .filter(([, value]) => Array.isArray(value))
    .map(([name, list]) => [list, kebab(name)]),
);

/** `yesNoUnknown` → `https://kratom-checklist.example/fhir/CodeSystem/yes-no-unknown`. */
export function codeSystemOf(list: readonly Option[]): string {
  const name = listNames.get(list);
  if (!name) throw new Error("Option list is not exported from lib/checklist/options.ts");
  return `${FHIR_BASE}/CodeSystem/${name}`;
}
