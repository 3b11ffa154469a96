import { references } from "./references";
import { sections } from "./sections";
import {
  type Citation,
  type EvidenceSection,
  type EvidenceStrength,
  evidenceStrengths,
  type Reference,
  strengthExplanations,
} from "./types";

export * from "./types";
export { references, sections };

/**
 * Version of the knowledge base, stored with every summary so an old summary can say when the
 * evidence has changed since. Bump it whenever any section or reference changes.
 */
export const EVIDENCE_VERSION = "2026-12-07.1";

const sectionsById = new Map(sections.map((s) => [s.id, s]));
const referencesById = new Map(references.map((r) => [r.id, r]));

export function sectionById(id: string): EvidenceSection | undefined {
  return sectionsById.get(id);
}

export function referenceById(id: string): Reference | undefined {
  return referencesById.get(id);
}

/** True when the section exists and has a part with that anchor. */
export function citationExists(c: Citation): boolean {
  const section = sectionById(c.section);
  return section?.parts.some((p) => p.anchor === c.anchor) ?? false;
}

/** The in-app address of a cited part: /evidence/<section>#<anchor>. */
export function citationHref(c: Citation): string {
  return `/evidence/${c.section}#${c.anchor}`;
}

/**
 * The references a section cites, in order of first citation and without repeats: the page numbers
 * them 1..n in this order. Unknown section ids give an empty list.
 */
export function referencesForSection(section: EvidenceSection | string): Reference[] {
  const s = typeof section === "string" ? sectionById(section) : section;
  if (!s) return [];
  const seen = new Set<string>();
  const out: Reference[] = [];
  for (const part of s.parts) {
    for (const paragraph of part.paragraphs) {
      for (const id of paragraph.refs) {
        if (seen.has(id)) continue;
        seen.add(id);
        const ref = referenceById(id);
        if (ref) out.push(ref);
      }
    }
  }
  return out;
}

export function strengthLabel(s: EvidenceStrength): string {
  return evidenceStrengths[s];
}

/** What a strength tier means, in one sentence (shown beside the label). */
export function strengthExplanation(s: EvidenceStrength): string {
  return strengthExplanations[s];
}
