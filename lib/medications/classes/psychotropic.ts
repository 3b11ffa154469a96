import type { InteractionClassData } from "../types";
import { cite } from "./cite";

export const psychotropicClasses: InteractionClassData[] = [
  {
    id: "serotonergic",
    label: "Serotonergic medicines",
    severity: "moderate",
    mechanism:
      "Possible serotonin syndrome (temperature up to 41.1 °C, hyperreflexia, clonus) was reported in a 63-year-old taking kratom with bupropion, buspirone, desvenlafaxine, trazodone and ziprasidone; the authors pointed to kratom's inhibition of several CYP enzymes in laboratory studies. This single case is the only kratom-specific report found.",
    considerations: [
      "Consider the total number of serotonergic medicines, including over-the-counter and herbal products such as dextromethorphan and St John's wort.",
      "May warrant asking about fever, brisk reflexes or muscle jerks after a new serotonergic medicine, a dose change or a change in kratom use.",
      "Consider the CYP2D6 and CYP3A findings too where the medicine is also a substrate.",
    ],
    citations: cite("interactions-serotonergic#serotonergic"),
    cnsDepressant: false,
  },
  {
    id: "antipsychotic",
    label: "Antipsychotics",
    severity: "moderate",
    mechanism:
      "Kratom-specific data are single cases: a 27-year-old was found dead with a toxic quetiapine concentration and mitragynine, the authors discussing CYP inhibition by kratom as a reason; ziprasidone was among the medicines in a possible serotonin-syndrome case; and psychosis has been reported with kratom use in a patient with schizophrenia. Otherwise the concern is inferred: antipsychotics add sedation, several prolong the QT interval, and many are CYP3A or CYP2D6 substrates.",
    basis: {
      atMost: {
        tier: "case-reports",
        because:
          "Known from a fatal case with quetiapine and psychiatric case reports; the study in people cited used midazolam.",
      },
    },
    considerations: [
      "May warrant closer attention to sedation, especially with other sedating medicines or alcohol.",
      "Consider the QT, CYP3A and CYP2D6 findings that apply to the specific antipsychotic.",
      "Consider asking about any change in psychotic symptoms since kratom use began or changed.",
    ],
    citations: cite(
      "interactions-serotonergic#antipsychotics",
      "interactions-cns-depressants#other-depressants",
      "interactions-cyp#cyp3a",
    ),
    // Antipsychotics are among the CNS depressants the evidence file asks the app to flag.
    cnsDepressant: true,
  },
  {
    id: "stimulant",
    label: "Stimulants and sympathomimetics",
    severity: "moderate",
    mechanism:
      "No kratom-specific interaction data were found; the concern is inferred from kratom's own effects. Agitation or irritability (22.9%) and tachycardia (21.4%) were common in kratom exposures reported to US poison centres, seizures have been reported with kratom, and amphetamine was often co-detected in Thai autopsies with mitragynine present.",
    basis: {
      atMost: {
        tier: "expert-opinion",
        because:
          "No study of kratom with stimulant medicines: the data cited are kratom's own heart and seizure reports.",
      },
    },
    considerations: [
      "May warrant asking about agitation and sleep, and about palpitations or seizures after a change in either medicine or in kratom use.",
      "Consider reviewing heart rate and blood pressure when a stimulant and regular kratom use coincide.",
      "Consider including over-the-counter decongestants and caffeine products in the medicine review.",
    ],
    citations: cite(
      "interactions-stimulants#stimulants",
      "seizures-cardiac-respiratory#cardiac",
      "seizures-cardiac-respiratory#seizures",
    ),
    cnsDepressant: false,
  },
];
