import type { InteractionClass } from "../types";
import { cite } from "./cite";

export const enzymeClasses: InteractionClass[] = [
  {
    id: "cyp3a-substrate",
    label: "CYP3A substrates",
    severity: "moderate",
    mechanism:
      "In a clinical study of 12 healthy adults, one 2 g dose of kratom tea raised exposure to midazolam, a CYP3A probe, by about 40% (AUC ratio 1.39) and its peak level by 50%, mainly by inhibiting intestinal CYP3A; laboratory studies also show CYP3A and P-glycoprotein inhibition. The effect of regular or higher-dose kratom use is unknown.",
    strength: "clinical-study",
    considerations: [
      "May warrant watching for stronger effects or side effects of the CYP3A substrate, particularly after kratom is started or increased.",
      "Consider that a change in kratom use could change levels of the substrate in either direction; the time course is unknown.",
      "Consider drug-level monitoring where it is already part of the medicine's routine care.",
      "Consider that some members are also strong CYP3A inhibitors (e.g., clarithromycin, itraconazole, ritonavir) that alter kratom's own metabolism: a CYP3A inhibitor raised mitragynine and 7-hydroxymitragynine exposure in rats but reduced mitragynine's effects in mice; the net effect in people is unknown.",
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
      "Kratom inhibits CYP3A: one 2 g dose of kratom tea raised midazolam exposure by about 40% in healthy adults, and the study authors warned that combining kratom with drugs extensively metabolised by CYP3A may precipitate serious interactions. For drugs whose effective and toxic levels lie close together, a change of this size could matter; no study of kratom with these drugs was found, so this is inferred.",
    strength: "clinical-study",
    considerations: [
      "May warrant closer drug-level monitoring where the medicine is routinely measured (e.g., tacrolimus, cyclosporine, sirolimus, carbamazepine), including after kratom is started, stopped or changed.",
      "Consider making sure the prescriber who manages the medicine knows about the kratom use.",
      "Consider that the clinical data come from one low dose in healthy adults; the effect of daily use is unknown.",
    ],
    citations: cite("interactions-cyp#cyp3a", "interactions-cyp#narrow-therapeutic-index"),
    cnsDepressant: false,
  },
  {
    id: "cyp2d6-substrate",
    label: "CYP2D6 substrates and prodrugs",
    severity: "low",
    mechanism:
      "Mitragynine is a strong CYP2D6 inhibitor in laboratory studies, but one 2 g dose of kratom tea did not change exposure to dextromethorphan, a CYP2D6 probe, in healthy adults. Whether regular or higher-dose use inhibits CYP2D6 is unknown.",
    strength: "lab-animal",
    considerations: [
      "Consider that if inhibition did occur, prodrugs activated by CYP2D6 (codeine, tramadol, tamoxifen) could work less well and other substrates could accumulate; neither has been shown with kratom.",
      "May warrant reviewing the response to these medicines when kratom use is heavy or changes.",
    ],
    citations: cite("interactions-cyp#cyp2d6"),
    cnsDepressant: false,
  },
];
