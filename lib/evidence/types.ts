/** Evidence strength labels, as shown to the clinician next to every section and finding. */
export const evidenceStrengths = {
  "clinical-study": "Clinical study",
  "case-reports": "Case reports",
  "lab-animal": "Lab or animal data",
  "expert-opinion": "Expert opinion or consensus",
} as const;
export type EvidenceStrength = keyof typeof evidenceStrengths;

/** A reference from ../shared/evidence/clinical-evidence.md, keyed by its R-number there. */
export interface Reference {
  /** "R1" … "R130": the number in the evidence file, kept so every citation can be traced back. */
  id: string;
  /** Full bibliographic text as given in the evidence file ("not shown" where it says so). */
  citation: string;
  /** The public address where the reference was seen. */
  url: string;
  /** Secondary or low-authority source: never cited as primary evidence. */
  secondary: boolean;
}

export interface EvidencePart {
  /** Stable anchor inside the section page, kebab-case, unique within the section. */
  anchor: string;
  heading: string;
  /** Paragraphs in the project's own words; each lists the reference ids it rests on. */
  paragraphs: { text: string; refs: string[] }[];
}

export interface EvidenceSection {
  /** Stable id, used in URLs (/evidence/<id>) and stored with every finding. */
  id: string;
  title: string;
  strength: EvidenceStrength;
  /** ISO date the section was last reviewed against the evidence file. */
  lastReviewed: string;
  summary: string;
  parts: EvidencePart[];
  /** What the evidence does not tell us; shown as "Unknown" on the page. */
  unknowns: string[];
}

/** A pointer from a finding or interaction class to one part of one section. */
export interface Citation {
  section: string;
  anchor: string;
}
