import type { InteractionClassData } from "../types";
import { cite } from "./cite";

export const organClasses: InteractionClassData[] = [
  {
    id: "qt-prolonging",
    label: "QT-prolonging medicines",
    severity: "moderate",
    mechanism:
      "Mitragynine blocks the hERG potassium channel in laboratory studies; in a small case series of regular users, QTc prolongation was associated with higher serum mitragynine, and a clinical study found a dose-dependent QTc increase without torsades de pointes. No report of kratom combined with a QT-prolonging medicine was found; the concern is that the effects could add.",
    basis: {
      atMost: {
        tier: "case-reports",
        because:
          "QTc changes with kratom come from a case series of regular users; no study of kratom with QT-prolonging medicines.",
      },
    },
    considerations: [
      "May warrant an ECG when a QT-prolonging medicine and regular kratom use coincide, particularly with palpitations or fainting.",
      "Consider other QT risk factors, such as a second QT-prolonging medicine or an electrolyte disturbance.",
    ],
    citations: cite("interactions-qt#qt-prolongation", "seizures-cardiac-respiratory#cardiac"),
    cnsDepressant: false,
  },
  {
    id: "hepatotoxic",
    label: "Medicines that can injure the liver",
    severity: "moderate",
    mechanism:
      "No kratom-specific interaction data were found; the concern is inferred from kratom's own liver injury, mostly cholestatic or mixed, starting a median of about 2–3 weeks after kratom was begun (range 2–49 days in one review), with a few patients needing a transplant. Another medicine that can injure the liver may add to the risk and makes the cause harder to attribute. For acetaminophen (paracetamol) the concern is mainly regular or high-dose use.",
    basis: {
      atMost: {
        tier: "expert-opinion",
        because:
          "No study of kratom with another liver-toxic medicine: the liver data cited are of kratom alone.",
      },
    },
    considerations: [
      "Consider baseline and follow-up liver tests where a hepatotoxic medicine and regular kratom use coincide.",
      "May warrant asking about jaundice, dark urine, itching and abdominal discomfort.",
      "Consider kratom in the causality assessment if liver tests change on a hepatotoxic medicine.",
    ],
    citations: cite(
      "interactions-hepatotoxic#hepatotoxic-drugs",
      "liver-injury#pattern",
      "liver-injury#latency",
    ),
    cnsDepressant: false,
  },
  {
    id: "seizure-threshold",
    label: "Medicines that lower the seizure threshold",
    severity: "moderate",
    mechanism:
      "No kratom-specific interaction data were found; the concern is inferred. Seizures have been reported with kratom use (113 of 1,174 US poison-centre exposures, a Malaysian case series and case reports), including one after kratom with Datura in a person also taking amitriptyline, and these medicines lower the seizure threshold themselves, so the effects could add.",
    basis: {
      atMost: {
        tier: "extrapolated",
        because:
          "No study of kratom with medicines that lower the seizure threshold: inferred from kratom's own seizure reports.",
      },
    },
    considerations: [
      "May warrant asking about any seizure or jerking episodes since kratom use began.",
      "Consider the total number of threshold-lowering medicines and any seizure history when reviewing them with their prescriber.",
    ],
    citations: cite("seizures-cardiac-respiratory#seizures"),
    cnsDepressant: false,
  },
  {
    // Not an interaction: these medicines feed the skin step's differential.
    id: "pigmenting",
    label: "Medicines that can cause skin pigmentation",
    findingTitle:
      "Another possible cause of skin darkening (a medicine that can cause pigmentation)",
    severity: "low",
    mechanism:
      "Not a drug interaction: these medicines are recognised causes of drug-induced hyperpigmentation, several of them blue-grey or slate-grey on sun-exposed skin (for example amiodarone, minocycline, antimalarials and chlorpromazine), so they belong in the differential when a patient who uses kratom has new skin darkening. Kratom-associated photodistributed hyperpigmentation is known from only a handful of case reports.",
    considerations: [
      "Consider the dose, duration and start date of the medicine relative to the onset of the skin changes.",
      "Consider examining mucosa, nails, teeth and sclerae: some of these medicines (e.g., minocycline) pigment them, while they were spared in a reported kratom case.",
      "May warrant dermatology input; histology can distinguish drug deposits from melanin.",
    ],
    citations: cite("hyperpigmentation#differential"),
    cnsDepressant: false,
  },
];
