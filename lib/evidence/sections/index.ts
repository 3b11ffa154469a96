import { references } from "../references";
import { tierOfRefs, weaker } from "../tiers";
import type { EvidenceSection, SectionData } from "../types";
import { dependenceWithdrawalSection } from "./dependence-withdrawal";
import { hyperpigmentationSection } from "./hyperpigmentation";
import { interactionsCnsDepressantsSection } from "./interactions-cns-depressants";
import { interactionsCypSection } from "./interactions-cyp";
import { interactionsHepatotoxicSection } from "./interactions-hepatotoxic";
import { interactionsOpioidsSection } from "./interactions-opioids";
import { interactionsQtSection } from "./interactions-qt";
import { interactionsSerotonergicSection } from "./interactions-serotonergic";
import { interactionsStimulantsSection } from "./interactions-stimulants";
import { liverInjurySection } from "./liver-injury";
import { painUseSection } from "./pain-use";
import { pharmacologySection } from "./pharmacology";
import { pregnancyNeonatalSection } from "./pregnancy-neonatal";
import { regulatoryStatusSection } from "./regulatory-status";
import { screeningToolsSection } from "./screening-tools";
import { seizuresCardiacRespiratorySection } from "./seizures-cardiac-respiratory";
import { usePatternSection } from "./use-pattern";

const referenceById = (id: string) => references.find((r) => r.id === id);

/** A section with its tier derived from every reference it cites (issue 16 §4). */
function withTier(s: SectionData): EvidenceSection {
  const refs = s.basis?.refs ?? s.parts.flatMap((p) => p.paragraphs.flatMap((x) => x.refs));
  const fromSources = tierOfRefs(refs, { referenceById, sectionById: () => undefined });
  const atMost = s.basis?.atMost;
  return { ...s, strength: atMost ? weaker(fromSources, atMost.tier) : fromSources };
}

/** All evidence sections, in the order the evidence index page lists them. */
export const sections: EvidenceSection[] = [
  pharmacologySection,
  usePatternSection,
  interactionsOpioidsSection,
  interactionsCnsDepressantsSection,
  interactionsSerotonergicSection,
  interactionsCypSection,
  interactionsQtSection,
  interactionsHepatotoxicSection,
  interactionsStimulantsSection,
  dependenceWithdrawalSection,
  liverInjurySection,
  seizuresCardiacRespiratorySection,
  pregnancyNeonatalSection,
  hyperpigmentationSection,
  painUseSection,
  regulatoryStatusSection,
  screeningToolsSection,
].map(withTier);
