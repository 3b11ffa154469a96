/**
 * The summary carried on a QuestionnaireResponse as extensions: versions, overall level and
 * one complex extension per finding (id, domain, severity, the linkIds that triggered it and
 * its evidence citations). Extensions keep the response valid on its own; a contained
 * RiskAssessment would need a subject, which the export deliberately does not have.
 */
import type { AssessmentSummary, Finding } from "@/lib/risk/types";
import { EXTENSION_BASE } from "./codes";
import type { Extension } from "./types";

export const EXTENSION_URLS = {
  rulesetVersion: `${EXTENSION_BASE}/ruleset-version`,
  evidenceVersion: `${EXTENSION_BASE}/evidence-version`,
  overallLevel: `${EXTENSION_BASE}/overall-level`,
  finding: `${EXTENSION_BASE}/finding`,
} as const;

function findingExtension(finding: Finding): Extension {
  const paths = [...new Set(finding.triggeredBy.map((t) => t.path))];
  return {
    url: EXTENSION_URLS.finding,
    extension: [
      { url: "id", valueCode: finding.id },
      { url: "title", valueString: finding.title },
      { url: "domain", valueCode: finding.domain },
      { url: "severity", valueCode: finding.severity },
      // linkIds of the response items whose answers made the rule fire.
      ...paths.map((path) => ({ url: "triggeredBy", valueString: path })),
      // App-relative: the evidence page and anchor that the summary links to.
      ...finding.citations.map((c) => ({
        url: "citation",
        valueUri: `/evidence/${c.section}#${c.anchor}`,
      })),
    ],
  };
}

export function summaryExtensions(summary: AssessmentSummary): Extension[] {
  return [
    { url: EXTENSION_URLS.rulesetVersion, valueString: summary.rulesetVersion },
    { url: EXTENSION_URLS.evidenceVersion, valueString: summary.evidenceVersion },
    { url: EXTENSION_URLS.overallLevel, valueCode: summary.overall },
    ...summary.findings.map(findingExtension),
  ];
}
