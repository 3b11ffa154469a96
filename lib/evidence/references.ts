import { cardiacNeuroNeonatalReferences } from "./reference-lists/cardiac-neuro-neonatal";
import { deathsReferences } from "./reference-lists/deaths";
import { dependenceReferences } from "./reference-lists/dependence";
import { hepatotoxicityReferences } from "./reference-lists/hepatotoxicity";
import { interactionCaseReferences } from "./reference-lists/interaction-cases";
import { painToolsOtherReferences } from "./reference-lists/pain-tools-other";
import { pharmacologyReferences } from "./reference-lists/pharmacology";
import { regulatoryReferences } from "./reference-lists/regulatory";
import { skinReferences } from "./reference-lists/skin";
import { treatmentAndScalesReferences } from "./reference-lists/treatment-and-scales";
import { usePatternReferences } from "./reference-lists/use-pattern";
import type { Reference } from "./types";

/**
 * Every reference of ../shared/evidence/clinical-evidence.md (R1–R130), in the file's order.
 * Ids keep the file's numbering so any citation can be traced back to it. `secondary` marks the
 * items the file tags [sec]: the app never cites them as the support for a fact.
 */
export const references: Reference[] = [
  ...pharmacologyReferences,
  ...usePatternReferences,
  ...regulatoryReferences,
  ...dependenceReferences,
  ...treatmentAndScalesReferences,
  ...interactionCaseReferences,
  ...deathsReferences,
  ...hepatotoxicityReferences,
  ...cardiacNeuroNeonatalReferences,
  ...skinReferences,
  ...painToolsOtherReferences,
];
