/**
 * Evidence strength labels, as shown to the clinician next to every section and finding.
 * Ordered from the most to the least direct kind of evidence about kratom itself.
 */
export const evidenceStrengths = {
  "clinical-study": "Clinical study",
  observational: "Observational data",
  "case-reports": "Case reports",
  "lab-animal": "Lab or animal data",
  extrapolated: "Extrapolated",
  "expert-opinion": "Expert opinion or consensus",
} as const;
export type EvidenceStrength = keyof typeof evidenceStrengths;

/** One sentence per tier saying what it means, shown wherever the label is shown. */
export const strengthExplanations: Record<EvidenceStrength, string> = {
  "clinical-study":
    "A controlled or prospective study in people that measured this effect of kratom; often small or a single dose.",
  observational:
    "Surveys, registries, poison-centre or medical-examiner data: they show associations in people, not cause and effect.",
  "case-reports":
    "Reports of individual patients or small series: they show that something can happen, not how often.",
  "lab-animal":
    "Laboratory (cell or enzyme) or animal studies only: whether the effect occurs in people is not known.",
  extrapolated:
    "Inferred from another drug, another population or a single study in healthy volunteers; not observed with kratom in patients like this one.",
  "expert-opinion":
    "Expert opinion, consensus or the general pharmacology of the medicine, without kratom-specific data.",
};

/**
 * What kind of study a reference is, given once per reference (issue 16 §4): every section's
 * and finding's evidence tier is derived from these (lib/evidence/tiers.ts), never typed.
 */
export const studyTypes = {
  trial: "Controlled trial",
  "pk-human": "Pharmacokinetic study in people",
  "cohort-registry": "Cohort, registry or surveillance data",
  survey: "Survey",
  case: "Case report or case series",
  "lab-animal": "Animal or in vitro study",
  review: "Review, commentary or reference text",
  regulatory: "Regulatory or official notice",
} as const;
export type StudyType = keyof typeof studyTypes;

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
  studyType: StudyType;
  /**
   * The address was built from the DOI the evidence file gives, not looked up: the file saw the
   * source as an excerpt without an address. Said so beside the link in the bibliography.
   */
  addressBuiltFromDoi?: true;
}

/**
 * How a section's or finding's tier is derived from its references: the strongest study type
 * among `refs` (default: every reference of the cited parts) supports it, lowered to `atMost`
 * where the claim says less than its sources (an inducer never studied with kratom is
 * extrapolated from inhibitor data), with the reason.
 */
export interface EvidenceBasis {
  /** The references that support the claim itself, when the cited parts hold more. */
  refs?: string[];
  atMost?: { tier: EvidenceStrength; because: string };
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
  /** Derived from the references of its parts and `basis`, never typed (lib/evidence/tiers.ts). */
  strength: EvidenceStrength;
  /** How the section's tier is derived from its references (lib/evidence/tiers.ts). */
  basis?: EvidenceBasis;
  /** ISO date the section was last reviewed against the evidence file. */
  lastReviewed: string;
  summary: string;
  parts: EvidencePart[];
  /** What the evidence does not tell us; shown as "Unknown" on the page. */
  unknowns: string[];
}

/** A section as written: its tier is derived from its references (lib/evidence/tiers.ts). */
export type SectionData = Omit<EvidenceSection, "strength">;

/** A pointer from a finding or interaction class to one part of one section. */
export interface Citation {
  section: string;
  anchor: string;
}
