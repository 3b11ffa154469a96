import type { SectionData } from "../types";

export const hyperpigmentationSection: SectionData = {
  id: "hyperpigmentation",
  title: "Skin: kratom-associated hyperpigmentation",
  lastReviewed: "2026-11-25",
  summary:
    "A handful of case reports, all in men, describe grey-blue hyperpigmentation of sun-exposed skin, mostly after long-term kratom use. Nothing is known about how common it is, what amount or duration is needed, whether skin type matters or whether it fades; the one follow-up seen showed no regression 16 months after stopping.",
  parts: [
    {
      anchor: "presentation",
      heading: "Reported cases",
      paragraphs: [
        {
          text: "Reported patients are a 30-year-old white man after five years of use (8–15 g/day in the first year, then 3–7 g/day), with sudden onset at about four and a half years and rapid progression; a 32-year-old white man with long-standing use and pigmentation that progressed slowly over two years; a 37-year-old man using kratom for chronic back pain; and a 63-year-old man with diffuse, tender, itchy pigmented lesions.",
          refs: ["R105", "R106", "R107", "R18"],
        },
        {
          text: "Two reports from 2023 stated that only four earlier cases of kratom-associated photodistributed hyperpigmentation had been published.",
          refs: ["R106", "R107"],
        },
        {
          text: "In one biopsy, the superficial dermis contained pigment-laden macrophages that stained with Fontana-Masson and not for iron, indicating melanin, with a mild lymphohistiocytic infiltrate around vessels and adnexa and a slightly thickened basement membrane.",
          refs: ["R107"],
        },
        {
          text: "The mechanism is not understood and proposed explanations are speculative; one report suggests it may be seen particularly with high intake.",
          refs: ["R105", "R107"],
        },
      ],
    },
    {
      anchor: "sites-and-colour",
      heading: "Sites and colour",
      paragraphs: [
        {
          text: "The colour is described as dark grey-blue or blue-grey. Affected sites are the face (including the cheeks), the back of the neck, the backs of the hands and the forearms or arms: a photodistributed pattern.",
          refs: ["R105", "R106", "R107"],
        },
        {
          text: "In the most fully described case, nails, mucosa, sclerae and irises were not pigmented, and the patient had frequent sun exposure from fishing.",
          refs: ["R105"],
        },
      ],
    },
    {
      anchor: "course",
      heading: "Course",
      paragraphs: [
        {
          text: "Onset was sudden after years of use in one case and gradual over two years in another.",
          refs: ["R105", "R106"],
        },
        {
          text: "No report seen describes the pigmentation fading after kratom is stopped. In the only case with follow-up, there was no regression 16 months after stopping.",
          refs: ["R105"],
        },
      ],
    },
    {
      anchor: "differential",
      heading: "Differential diagnosis",
      paragraphs: [
        {
          text: "Drugs cause roughly 10–20% of acquired hyperpigmentation. The work-up covers the drug history (which drugs, for how long, at what dose, and the latency), examination of mucosa, hair, nails and teeth, and histology, which can tell apart drug, melanin, lipofuscin and hemosiderin deposits; photoprotection is part of management. In a dermatology clinic series, drug-induced hyperpigmentation was found at 1.31% of first consultations, on photo-exposed sites in 37.5% and on mucosa in 25%, and endocrine or metabolic causes were also considered.",
          refs: ["R112", "R113"],
        },
        {
          text: "Amiodarone: dusky-red erythema followed by blue-grey dermal melanosis of exposed face and hands, seen more often in skin phototypes I and II, with lipofuscin in macrophages; described as slate-grey to violaceous on sun-exposed skin; it may, but does not always, fade after the drug is stopped.",
          refs: ["R109", "R110", "R111"],
        },
        {
          text: "Minocycline: blue-grey or slate-grey pigmentation, usually after a total dose above 50 g, in several types, of which type III affects sun-exposed skin with melanin in macrophages; teeth, nails, sclerae and oral mucosa can also be affected. Antimalarials (chloroquine, hydroxychloroquine): pigmentation in about a quarter of patients after more than four months, on the shins, face, hard palate and nails.",
          refs: ["R109", "R110", "R111"],
        },
        {
          text: "Other causes: grey-blue pigmentation of sun-exposed skin with phenothiazines (chlorpromazine), desipramine and imipramine; clofazimine, zidovudine, phenytoin, bleomycin and chemotherapy agents; and heavy metals, including silver (argyria, slate-grey and most marked on sun-exposed skin, for example from silver supplements), gold, bismuth, mercury and arsenic, which is why all supplements and herbal remedies are worth reviewing.",
          refs: ["R110", "R109", "R111"],
        },
        {
          text: "Systemic mimics: Addison disease (diffuse grey pigmentation including the mucosa, with hyponatraemia, hyperkalaemia and low cortisol), haemochromatosis and Wilson disease (blue-grey, metallic).",
          refs: ["R115"],
        },
        {
          text: "For a kratom case, dermatopathologists considered post-inflammatory pigment alteration, lichenoid drug reaction, lichen planus pigmentosus, erythema dyschromicum perstans and drug-related pigment deposition.",
          refs: ["R107"],
        },
      ],
    },
    {
      anchor: "fitzpatrick",
      heading: "Fitzpatrick skin type",
      paragraphs: [
        {
          text: "Fitzpatrick described the classification in 1972 from how skin burns or tans in the sun: originally types I to IV, for white skin, with types V and VI added later for darker skin; the lower the type, the more easily the skin burns rather than tans. Type I always burns and never tans, and type VI is heavily pigmented and never burns. In the US, type III is the most common (48%) and types I–II account for 35%.",
          refs: ["R116", "R117"],
        },
        {
          text: "No source links skin type to the risk of kratom pigmentation. Recording it documents baseline skin colour and helps interpret a photodistributed pattern; for comparison, amiodarone pigmentation is seen more often in types I and II.",
          refs: ["R109"],
        },
      ],
    },
  ],
  unknowns: [
    "How common kratom hyperpigmentation is, and whether there is an amount or duration threshold, is unknown.",
    "There is no evidence that the pigmentation fades after stopping kratom; in the single case followed up, there was still no regression 16 months after stopping.",
    "The effect of Fitzpatrick skin type on risk is unknown.",
    "All reported patients were men; whether women are affected in the same way is unknown.",
    "Knuckle sparing as a characteristic sign was seen only in a secondary news report, not in case report text.",
    "The mechanism is unknown; explanations such as melanin–drug complexes appear only on non-scientific websites.",
    "Early Southeast Asian reports of a darkened complexion in long-term users were seen only on a blog; the primary source was not seen.",
  ],
};
