/**
 * Evidence tiers derived from the references, never typed by hand (issue 16 §4). Each reference
 * carries its study type once; a section's or a finding's tier is the strongest tier among the
 * references that support it (secondary sources never count), lowered to a stated `atMost`
 * where the claim says less than its sources do.
 */
import {
  type Citation,
  type EvidenceBasis,
  type EvidenceSection,
  type EvidenceStrength,
  evidenceStrengths,
  type Reference,
  type StudyType,
} from "./types";

/** The tier a study type supports on its own. */
export const tierOfStudyType: Record<StudyType, EvidenceStrength> = {
  trial: "clinical-study",
  "pk-human": "clinical-study",
  "cohort-registry": "observational",
  survey: "observational",
  case: "case-reports",
  "lab-animal": "lab-animal",
  review: "expert-opinion",
  regulatory: "expert-opinion",
};

/** Strongest first, as evidenceStrengths lists them. */
const order = Object.keys(evidenceStrengths) as EvidenceStrength[];
export const tierRank = (t: EvidenceStrength) => order.indexOf(t);

/** The stronger (more direct) of the tiers; expert opinion when there is none. */
export function strongest(tiers: Iterable<EvidenceStrength>): EvidenceStrength {
  let best: EvidenceStrength = "expert-opinion";
  for (const t of tiers) if (tierRank(t) < tierRank(best)) best = t;
  return best;
}

/** The weaker of two tiers. */
export const weaker = (a: EvidenceStrength, b: EvidenceStrength) =>
  tierRank(a) > tierRank(b) ? a : b;

export interface TierSources {
  sectionById: (id: string) => EvidenceSection | undefined;
  referenceById: (id: string) => Reference | undefined;
}

/** Every reference id of the cited parts (a whole section when the anchor is the section). */
export function refsOfCitations(citations: readonly Citation[], src: TierSources): string[] {
  const ids = citations.flatMap((c) =>
    (src.sectionById(c.section)?.parts ?? [])
      .filter((p) => p.anchor === c.anchor || c.anchor === "")
      .flatMap((p) => p.paragraphs.flatMap((x) => x.refs)),
  );
  return [...new Set(ids)];
}

/** The tier the references themselves support: the strongest primary study among them. */
export function tierOfRefs(refIds: readonly string[], src: TierSources): EvidenceStrength {
  return strongest(
    refIds.flatMap((id) => {
      const r = src.referenceById(id);
      return r && !r.secondary ? [tierOfStudyType[r.studyType]] : [];
    }),
  );
}

/** The tier of a claim citing `citations`, supported by `basis.refs` and capped by `atMost`. */
export function derivedTier(
  citations: readonly Citation[],
  basis: EvidenceBasis | undefined,
  src: TierSources,
): EvidenceStrength {
  const fromSources = tierOfRefs(basis?.refs ?? refsOfCitations(citations, src), src);
  return basis?.atMost ? weaker(fromSources, basis.atMost.tier) : fromSources;
}
