/**
 * A rule's evidence tier, derived from the references of the evidence parts it cites and its
 * stated basis (issue 16 §4): never typed on the rule. Worked out once per rule.
 */
import { referenceById, sectionById } from "@/lib/evidence";
import { derivedTier } from "@/lib/evidence/tiers";
import type { Citation, EvidenceBasis, EvidenceStrength } from "@/lib/evidence/types";

const cache = new WeakMap<object, EvidenceStrength>();

export function tierOf(claim: { citations: readonly Citation[]; basis?: EvidenceBasis }) {
  let tier = cache.get(claim);
  if (!tier) {
    tier = derivedTier(claim.citations, claim.basis, { sectionById, referenceById });
    cache.set(claim, tier);
  }
  return tier;
}
