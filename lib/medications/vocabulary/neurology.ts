import { med } from "./med";

/**
 * Antiepileptics, Parkinson's and dementia drugs, movement-disorder drugs and migraine
 * prevention (triptans are with the serotonergic antidepressants). Gabapentinoids are listed
 * with the sedatives.
 */
export const neurology = [
  // Antiepileptics
  // Carbamazepine is a CYP3A substrate with a narrow therapeutic index, dosed by blood level,
  // and a strong CYP3A inducer.
  med("carbamazepine", ["Tegretol", "Carbatrol", "Equetro"], ["nti", "cyp3aInducer"]),
  med("oxcarbazepine", ["Trileptal"]),
  med("valproate", ["Depakote", "Depakene", "Epilim", "Depakine"], ["liver"]),
  // Phenytoin: narrow-index CYP2C9 substrate, strong CYP3A inducer, and a recognised cause of
  // drug-induced hyperpigmentation.
  med("phenytoin", ["Dilantin", "Epanutin"], ["pigment", "ntiCyp2c9", "cyp3aInducer"]),
  med("lamotrigine", ["Lamictal"]),
  med("levetiracetam", ["Keppra"]),
  med("brivaracetam", ["Briviact"]),
  med("topiramate", ["Topamax", "Trokendi XR", "Qudexy XR"]),
  med("lacosamide", ["Vimpat"]),
  med("zonisamide", ["Zonegran"], ["cyp3a"]),
  med("perampanel", ["Fycompa"], ["cyp3a"]),
  med("cenobamate", ["Xcopri"]),
  med("ethosuximide", ["Zarontin"], ["cyp3a"]),
  med("felbamate", ["Felbatol"], ["liver"]),

  // Parkinson's disease (MAO-B inhibitors are with the serotonergic medicines)
  med("carbidopa/levodopa", ["Sinemet", "Rytary"]),
  med("benserazide/levodopa", ["Madopar"]),
  med("pramipexole", ["Mirapex", "Mirapexin"]),
  med("ropinirole", ["Requip"]),
  med("rotigotine", ["Neupro"]),
  med("amantadine", ["Gocovri", "Symmetrel"]),
  med("entacapone", ["Comtan", "Comtess"]),
  med("tolcapone", ["Tasmar"], ["liver"]),
  med("benztropine", ["Cogentin"]),

  // Dementia
  med("donepezil", ["Aricept"], ["qt", "cyp2d6", "cyp3a"]),
  med("galantamine", ["Razadyne", "Reminyl"], ["cyp2d6", "cyp3a"]),
  med("rivastigmine", ["Exelon"]),
  med("memantine", ["Namenda", "Ebixa"]),

  // Movement disorders, sleep-wake and ADHD non-stimulants
  med("tetrabenazine", ["Xenazine"], ["cyp2d6", "qt"]),
  med("deutetrabenazine", ["Austedo"], ["cyp2d6", "qt"]),
  med("valbenazine", ["Ingrezza"], ["cyp2d6", "cyp3a", "qt"]),
  med("pitolisant", ["Wakix"], ["cyp2d6", "qt"]),
  med("atomoxetine", ["Strattera"], ["cyp2d6"]),

  // Migraine (acute and preventive, other than triptans)
  med("rimegepant", ["Nurtec ODT", "Vydura"], ["cyp3a"]),
  med("ubrogepant", ["Ubrelvy"], ["cyp3a"]),
  med("atogepant", ["Qulipta", "Aquipta"], ["cyp3a"]),
  med("lasmiditan", ["Reyvow"]),
  med("erenumab", ["Aimovig"]),
  med("fremanezumab", ["Ajovy"]),
  med("galcanezumab", ["Emgality"]),
  // Ergotamine and dihydroergotamine are on the FDA narrow-range CYP3A substrate list.
  med("ergotamine/caffeine", ["Cafergot"], ["nti"]),
  med("dihydroergotamine", ["D.H.E. 45", "Migranal", "Trudhesa"], ["nti"]),
];
