/**
 * Rows for synthetic submitted assessments: a few thousand answer sets go through the real
 * `assess()` once (archetypes), then rows are drawn from them with a clinic, a submission time and
 * fresh ids. Findings, levels, dependence and medication classes are the real rules' output.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { dependenceSeverityOf } from "@/lib/checklist/dsm-severity";
import { classesOf } from "@/lib/medications";
import { assess } from "@/lib/risk";
import { type Random, seeded, syntheticAnswers } from "./synthetic-answers";

export interface Archetype {
  ageBand: string;
  sex: string;
  overall: string;
  dependence: string;
  skin: string;
  findings: { ruleId: string; domain: string; severity: string }[];
  classes: string[];
}

export function archetypes(count: number, seed: number): Archetype[] {
  return syntheticAnswers(count, seed).map((a) => {
    const s = assess(a);
    return {
      ageBand: a.patient.ageBand,
      sex: a.patient.sex,
      overall: s.overall,
      dependence: dependenceSeverityOf(a.dependence),
      skin: a.skin.newDarkening,
      findings: s.findings.map((f) => ({ ruleId: f.id, domain: f.domain, severity: f.severity })),
      classes: [...classesOf(a.medications.medicationIds)],
    };
  });
}

/** Column arrays for one batch (the insert unnests them: one statement per table). */
export interface Batch {
  drafts: { id: string[]; clinician: string[]; at: string[] };
  assessments: Record<
    | "id"
    | "draft"
    | "clinician"
    | "clinic"
    | "hash"
    | "ageBand"
    | "sex"
    | "overall"
    | "dependence"
    | "skin"
    | "at",
    string[]
  >;
  findings: Record<"id" | "assessment" | "ruleId" | "domain" | "severity" | "position", string[]>;
  classes: { assessment: string[]; classId: string[] };
}

export interface Clinic {
  id: string;
  clinicianId: string;
  weight: number;
}

const MONTH_MS = 30.44 * 24 * 3600 * 1000;

/** Submission times over the last `months` months, more recent ones more likely (use grows). */
function submittedAt(random: Random, months: number, now: number): string {
  const ago = (1 - Math.sqrt(random())) * months * MONTH_MS;
  return new Date(now - ago).toISOString().replace("T", " ").replace("Z", "");
}

export function makeBatch(
  size: number,
  pool: Archetype[],
  clinics: Clinic[],
  random: Random,
  months: number,
): Batch {
  const b: Batch = {
    drafts: { id: [], clinician: [], at: [] },
    assessments: {
      id: [],
      draft: [],
      clinician: [],
      clinic: [],
      hash: [],
      ageBand: [],
      sex: [],
      overall: [],
      dependence: [],
      skin: [],
      at: [],
    },
    findings: { id: [], assessment: [], ruleId: [], domain: [], severity: [], position: [] },
    classes: { assessment: [], classId: [] },
  };
  const totalWeight = clinics.reduce((s, c) => s + c.weight, 0);
  const now = Date.now();
  for (let i = 0; i < size; i++) {
    let r = random() * totalWeight;
    const clinic =
      clinics.find((c) => {
        r -= c.weight;
        return r < 0;
      }) ?? clinics[0];
    const a = pool[Math.floor(random() * pool.length)];
    const id = randomUUID();
    const draft = randomUUID();
    const at = submittedAt(random, months, now);
    b.drafts.id.push(draft);
    b.drafts.clinician.push(clinic.clinicianId);
    b.drafts.at.push(at);
    const row = b.assessments;
    row.id.push(id);
    row.draft.push(draft);
    row.clinician.push(clinic.clinicianId);
    row.clinic.push(clinic.id);
    row.hash.push(randomBytes(32).toString("hex"));
    row.ageBand.push(a.ageBand);
    row.sex.push(a.sex);
    row.overall.push(a.overall);
    row.dependence.push(a.dependence);
    row.skin.push(a.skin);
    row.at.push(at);
    a.findings.forEach((f, position) => {
      b.findings.id.push(randomUUID());
      b.findings.assessment.push(id);
      b.findings.ruleId.push(f.ruleId);
      b.findings.domain.push(f.domain);
      b.findings.severity.push(f.severity);
      b.findings.position.push(String(position));
    });
    for (const c of a.classes) {
      b.classes.assessment.push(id);
      b.classes.classId.push(c);
    }
  }
  return b;
}

export { seeded };
