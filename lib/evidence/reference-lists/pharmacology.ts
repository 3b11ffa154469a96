import type { Reference } from "../types";

/**
 * R1–R17, "Pharmacology / pharmacokinetics / interactions (lab and clinical PK)" in ../shared/evidence/clinical-evidence.md.
 * Citation text and address copied from the file; do not edit by hand without checking it there.
 */
export const pharmacologyReferences: Reference[] = [
  {
    id: "R1",
    citation:
      "Kruegel AC, Gassaway MM, Kapoor A, Váradi A, Majumdar S, Filizola M, Javitch JA, Sames D. Synthetic and Receptor Signaling Explorations of the Mitragyna Alkaloids: Mitragynine as an Atypical Molecular Framework for Opioid Receptor Modulators. J Am Chem Soc. 2016;138(21):6754–6764. doi:10.1021/jacs.6b00360.",
    url: "https://datapdf.com/synthetic-and-receptor-signaling-explorations-of-the-mitragy.html",
    secondary: false,
    studyType: "lab-animal",
  },
  {
    id: "R2",
    citation:
      "Kruegel AC, Uprety R, Grinnell SG, Langreck C, Pekarskaya EA, Le Rouzic V, Ansonoff M, Gassaway MM, Pintar JE, Pasternak GW, Javitch JA, Majumdar S, Sames D. 7-Hydroxymitragynine Is an Active Metabolite of Mitragynine and a Key Mediator of Its Analgesic Effects. ACS Cent Sci. 2019;5:992–1001.",
    url: "https://datapdf.com/7-hydroxymitragynine-is-an-active-metabolite-of-acs-publicat.html",
    secondary: false,
    studyType: "lab-animal",
  },
  {
    id: "R3",
    citation:
      "Hill R, Kruegel AC, Javitch JA, Lane JR, Canals M. The respiratory depressant effects of mitragynine are limited by its conversion to 7-OH mitragynine. Br J Pharmacol. 2022. doi:10.1111/bph.15832; PMID 35297034; PMCID PMC9314834.",
    url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC9314834",
    secondary: false,
    studyType: "lab-animal",
  },
  {
    id: "R4",
    citation:
      "Obeng S, Wilkerson JL, León F, Reeves ME, Restrepo LF, et al. Pharmacological Comparison of Mitragynine and 7-Hydroxymitragynine: In Vitro Affinity and Efficacy for μ-Opioid Receptor and Opioid-Like Behavioral Effects in Rats. J Pharmacol Exp Ther. 2021;376(3):410–427. doi:10.1124/jpet.120.000189; PMID 33384303; PMC7923387.",
    url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC7923387",
    secondary: false,
    studyType: "lab-animal",
  },
  {
    id: "R5",
    citation:
      "(Authors/journal/year not shown.) The Mitragyna speciosa (kratom) alkaloid mitragynine: analysis of adrenergic α2 receptor activity in vitro and in vivo.",
    url: "https://discovery.researcher.life/article/the-mitragyna-speciosa-kratom-alkaloid-mitragynine-analysis-of-adrenergic-2-receptor-activity-in-vitro-and-in-vivo/51a1ea396d2a34c5826ff7e06ec0ae26",
    secondary: false,
    studyType: "lab-animal",
  },
  {
    id: "R6",
    citation:
      "Henningfield JE, Rodricks JV, Magnuson AM, Huestis MA. Respiratory effects of oral mitragynine and oxycodone in a rodent model. Psychopharmacology (Berl). 2022;239(12):3793–3804. doi:10.1007/s00213-022-06244-z; PMID 36308562. Funding: American Kratom Foundation.",
    url: "https://peeref.com/works/26055796",
    secondary: false,
    studyType: "lab-animal",
  },
  {
    id: "R7",
    citation:
      "Trakulsrichai S, Sathirakul K, Auparakkitanon S, Krongvorakul J, Sueajai J, Noumjad N, Sukasem C, Wananukul W. Pharmacokinetics of mitragynine in man. Drug Des Devel Ther. 2015;9:2421–2429. doi:10.2147/DDDT.S79658; PMID 25995615; PMC4425236.",
    url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC4425236",
    secondary: false,
    studyType: "pk-human",
  },
  {
    id: "R8",
    citation:
      "Tanna RS, et al. Clinical Pharmacokinetic Assessment of Kratom (Mitragyna speciosa), a Botanical Product with Opioid-like Effects, in Healthy Adult Participants. Pharmaceutics. 2022;14(3):620. doi:10.3390/pharmaceutics14030620.",
    url: "https://cricutcom-setup.com/1999-4923/14/3/620",
    secondary: false,
    studyType: "pk-human",
  },
  {
    id: "R9",
    citation:
      "Tanna RS, Cech NB, Oberlies NH, Rettie AE, Thummel KE, Paine MF. Translating Kratom-Drug Interactions: From Bedside to Bench and Back. Drug Metab Dispos. 2023;51(8):923–935. doi:10.1124/dmd.122.001005.",
    url: "https://ouci.dntb.gov.ua/en/works/lDApBjq9",
    secondary: false,
    studyType: "review",
  },
  {
    id: "R10",
    citation:
      "Tanna RS, Nguyen JT, Hadi DL, et al. Clinical Assessment of the Drug Interaction Potential of the Psychotropic Natural Product Kratom. Clin Pharmacol Ther. 2023;113(6):1315–1325. doi:10.1002/cpt.2891; PMID 36924284; PMC10198846.",
    url: "https://repo.napdi.org/NPDI-osTXuQ",
    secondary: false,
    studyType: "pk-human",
  },
  {
    id: "R11",
    citation:
      '(Authors not shown on pages seen; attributed to "Tanna et al., 2021" in [R9].) Refined Prediction of Pharmacokinetic Kratom-Drug Interactions: Time-Dependent Inhibition Considerations. J Pharmacol Exp Ther. 2021;376(1):64–.',
    url: "https://jpet.aspetjournals.org/content/376/1/64",
    secondary: false,
    studyType: "lab-animal",
  },
  {
    id: "R12",
    citation:
      "Kong WM, Chik Z, Ramachandra M, Subramaniam U, Raja Aziddin RE, Mohamed Z. Evaluation of the Effects of Mitragyna speciosa Alkaloid Extract on Cytochrome P450 Enzymes Using a High Throughput Assay. Molecules. 2011;16(9):7344–7356. doi:10.3390/molecules16097344.",
    url: "http://www.mdpi.com/1420-3049/16/9/7344",
    secondary: false,
    studyType: "lab-animal",
  },
  {
    id: "R13",
    citation:
      "(Authors not shown; Centre for Drug Research, Universiti Sains Malaysia.) Inhibitory effect of mitragynine on human cytochrome P450 enzyme activities. Pharmacognosy Res. 2013;5(4):241–246. doi:10.4103/0974-8490.118806; PMID 24174816.",
    url: "https://www.ncbi.nlm.nih.gov/pubmed/24174816",
    secondary: false,
    studyType: "lab-animal",
  },
  {
    id: "R14",
    citation: "NaPDI Center. Kratom — Summary of Data (in vitro).",
    url: "https://napdicenter.org/natural-products-studied/kratom/summary-of-data3/",
    secondary: false,
    studyType: "lab-animal",
  },
  {
    id: "R15",
    citation:
      "Kamble SH, Obeng S, León F, Restrepo LF, King TI, Berthold EC, et al. Pharmacokinetic and Pharmacodynamic Consequences of Cytochrome P450 3A Inhibition on Mitragynine Metabolism in Rats. (Journal/year not shown.)",
    url: "https://scholars.uthscsa.edu/en/publications/pharmacokinetic-and-pharmacodynamic-consequences-of-cytochrome-p4",
    secondary: false,
    studyType: "lab-animal",
  },
  {
    id: "R16",
    citation:
      "Tay YL, Teah YF, Chong YM, Jamil MFA, Kollert S, Adenan MI, Wahab HA, Döring F, Wischmeyer E, Tan ML. Mitragynine and its potential blocking effects on specific cardiac potassium channels. Toxicol Appl Pharmacol. 2016;305:22–39. doi:10.1016/j.taap.2016.05.022.",
    url: "https://peeref.com/works/3199101",
    secondary: false,
    studyType: "lab-animal",
  },
  {
    id: "R17",
    citation:
      "ClinicalTrials.gov NCT04392011 (Washington State University). Assessing the Pharmacokinetics and Drug Interaction Liability of Kratom, an Opioid-like Natural Product.",
    url: "http://inclinicaltrials.com/interaction-drug-food/NCT04392011/details/",
    secondary: false,
    studyType: "pk-human",
  },
];
