import type { InteractionClassData } from "../types";
import { cite } from "./cite";

export const enzymeClasses: InteractionClassData[] = [
  {
    id: "cyp3a-substrate",
    label: "CYP3A substrates",
    severity: "moderate",
    mechanism:
      "In a clinical study of 12 healthy adults, one 2 g dose of kratom tea raised exposure to midazolam, a CYP3A probe, by about 40% (AUC ratio 1.39) and its peak level by 50%, mainly by inhibiting intestinal CYP3A; laboratory studies also show CYP3A and P-glycoprotein inhibition. The effect of regular or higher-dose kratom use is unknown, and for CYP3A substrates other than midazolam the effect is extrapolated from this one probe study.",
    basis: {
      atMost: {
        tier: "extrapolated",
        because:
          "The one study in people measured midazolam in healthy volunteers after a single dose; other CYP3A substrates are inferred from it.",
      },
    },
    considerations: [
      "May warrant watching for stronger effects or side effects of the CYP3A substrate, particularly after kratom is started or increased.",
      "Consider that a change in kratom use could change levels of the substrate in either direction; the time course is unknown.",
      "Consider drug-level monitoring where it is already part of the medicine's routine care.",
    ],
    citations: cite("interactions-cyp#cyp3a", "pharmacology#cyp3a-conversion"),
    cnsDepressant: false,
  },
  {
    // Members carry only this class, not also "cyp3a-substrate": it implies it.
    id: "cyp3a-substrate-nti",
    label: "CYP3A substrates with a narrow therapeutic index",
    severity: "high",
    mechanism:
      "Kratom inhibits CYP3A: one 2 g dose of kratom tea raised midazolam exposure by about 40% in healthy adults, and the study authors warned that combining kratom with drugs extensively metabolised by CYP3A may precipitate serious interactions. No study of kratom with these drugs was found; the concern is extrapolated from that one healthy-volunteer study: for drugs whose effective and toxic levels lie close together, a change of this size could matter.",
    // Extrapolated from one single-dose study in 12 healthy volunteers (midazolam).
    basis: {
      atMost: {
        tier: "extrapolated",
        because:
          "The one study in people measured midazolam in healthy volunteers after a single dose; narrow-index substrates are inferred from it.",
      },
    },
    considerations: [
      "May warrant closer drug-level monitoring where the medicine is routinely measured (e.g., tacrolimus, cyclosporine, sirolimus, carbamazepine), including after kratom is started, stopped or changed.",
      "Consider making sure the prescriber who manages the medicine knows about the kratom use.",
      "Consider that the clinical data come from one low dose in healthy adults; the effect of daily use is unknown.",
    ],
    citations: cite("interactions-cyp#cyp3a", "interactions-cyp#narrow-therapeutic-index"),
    cnsDepressant: false,
  },
  {
    // The other direction: the medicine changes kratom's exposure, not the reverse.
    id: "strong-cyp3a-inhibitor",
    label: "Strong CYP3A inhibitors (effect on kratom itself; animal data)",
    severity: "moderate",
    mechanism:
      "Animal data only. CYP3A converts mitragynine to the more potent 7-hydroxymitragynine. In rats, the strong CYP3A inhibitor ketoconazole raised mitragynine and 7-hydroxymitragynine exposure and made both more potent; in mice, it reduced mitragynine's effect on breathing but not that of 7-hydroxymitragynine. The net effect in people, and with other strong inhibitors, is unknown.",
    considerations: [
      "May warrant asking about stronger or weaker kratom effects, sedation or withdrawal after the inhibitor is started or stopped.",
      "Consider that concentrated 7-OH products bypass the conversion step, so their exposure could rise without any offsetting effect.",
    ],
    citations: cite("interactions-cyp#inhibitors-inducers", "pharmacology#cyp3a-conversion"),
    cnsDepressant: false,
  },
  {
    id: "strong-cyp3a-inducer",
    label: "Strong CYP3A inducers (effect on kratom itself; extrapolated)",
    severity: "low",
    mechanism:
      "No kratom-specific interaction data were found; the concern is extrapolated from how kratom is metabolised. CYP3A converts mitragynine to the more potent 7-hydroxymitragynine in laboratory and mouse studies, so a strong inducer could change how much of each is present and how long kratom's effects last; no study of an inducer with kratom was found.",
    basis: {
      atMost: {
        tier: "extrapolated",
        because:
          "No CYP3A inducer has been studied with kratom: inferred from how kratom alkaloids are metabolised.",
      },
    },
    considerations: [
      "May warrant asking about any change in kratom effect, amount used or withdrawal after the inducer is started or stopped.",
      "Consider the narrow-therapeutic-index CYP3A finding too for medicines that are also substrates (e.g., carbamazepine).",
    ],
    citations: cite("interactions-cyp#inhibitors-inducers", "pharmacology#cyp3a-conversion"),
    cnsDepressant: false,
  },
  {
    id: "nti-cyp2c9",
    label: "Narrow-therapeutic-index CYP2C9 substrates (laboratory data only)",
    severity: "low",
    mechanism:
      "Laboratory data only. Mitragynine inhibited CYP2C9 with recombinant enzymes, and summaries of in-vitro data describe slight CYP2C9 inhibition by kratom; no clinical study has looked at CYP2C9. For warfarin and phenytoin, whose effective and toxic levels lie close together, even a small change could matter; none has been shown.",
    considerations: [
      "May warrant INR or drug-level monitoring where it is already part of routine care, including after kratom is started, stopped or changed.",
      "Consider making sure the prescriber who manages the medicine knows about the kratom use.",
    ],
    citations: cite("interactions-cyp#narrow-index-other", "interactions-cyp#other-enzymes"),
    cnsDepressant: false,
  },
  {
    id: "nti-pgp",
    label: "Narrow-therapeutic-index P-glycoprotein substrates (laboratory data only)",
    severity: "low",
    mechanism:
      "Laboratory data only. Mitragynine inhibits P-glycoprotein in vitro, and a review's model flagged intestinal P-glycoprotein as a likely interaction site; no clinical study has looked at it. For digoxin and dabigatran, whose effective and toxic levels lie close together, higher absorption could matter; none has been shown.",
    considerations: [
      "May warrant drug-level, kidney-function or bleeding monitoring where it is already part of routine care, including after kratom is started, stopped or changed.",
      "Consider making sure the prescriber who manages the medicine knows about the kratom use.",
    ],
    citations: cite("interactions-cyp#narrow-index-other", "interactions-cyp#other-enzymes"),
    cnsDepressant: false,
  },
  {
    id: "cyp2d6-substrate",
    label: "CYP2D6 substrates and prodrugs",
    severity: "low",
    mechanism:
      "Mitragynine is a strong CYP2D6 inhibitor in laboratory studies, but one 2 g dose of kratom tea did not change exposure to dextromethorphan, a CYP2D6 probe, in healthy adults. Whether regular or higher-dose use inhibits CYP2D6 is unknown.",
    basis: {
      atMost: {
        tier: "lab-animal",
        because:
          "The one study in people found no change in a CYP2D6 probe; the inhibition is a laboratory finding.",
      },
    },
    considerations: [
      "Consider that if inhibition did occur, prodrugs activated by CYP2D6 (codeine, tramadol, tamoxifen) could work less well and other substrates could accumulate; neither has been shown with kratom.",
      "May warrant reviewing the response to these medicines when kratom use is heavy or changes.",
    ],
    citations: cite("interactions-cyp#cyp2d6"),
    cnsDepressant: false,
  },
];
