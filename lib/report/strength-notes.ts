/**
 * What each evidence-strength tier means, in one short phrase shown beside the tier on the
 * summary. Keyed by tier id; a tier without a note here is shown with its label alone.
 */
const notes: Record<string, string> = {
  "clinical-study": "studies in people that measured this directly",
  observational: "surveys, registries or examiner data: an association, not proof of cause",
  "case-reports": "individual patient reports: it can happen, not how often",
  "lab-animal": "laboratory or animal studies: not yet shown in patients",
  extrapolated: "inferred from another drug or population, not studied with kratom",
  "expert-opinion": "expert opinion or consensus, without direct study",
};

export const strengthNote = (tier: string): string | undefined => notes[tier];
