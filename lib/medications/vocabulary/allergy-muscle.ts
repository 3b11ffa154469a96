import { med } from "./med";

/** Antihistamines (sedating ones tagged as CNS depressants) and muscle relaxants. */
export const allergyAndMuscle = [
  // Sedating (first-generation) antihistamines, including those sold as sleep aids
  med(
    "diphenhydramine",
    [
      "Benadryl",
      "Nytol",
      "ZzzQuil",
      "Vicks ZzzQuil",
      "Unisom SleepGels",
      "Simply Sleep",
      "Vivinox Sleep",
      "Dormin",
    ],
    ["cns", "cyp2d6"],
  ),
  med("doxylamine", ["Unisom", "Unisom SleepTabs", "Donormyl", "Dormidina", "Restavit"], ["cns"]),
  med("doxylamine/pyridoxine", ["Diclegis", "Bonjesta", "Xonvea"], ["cns"]),
  med("hydroxyzine", ["Atarax", "Vistaril", "Ucerax"], ["cns", "qt"]),
  med("promethazine", ["Phenergan", "Sominex"], ["cns", "cyp2d6"]),
  med("chlorpheniramine", ["Piriton", "Chlor-Trimeton"], ["cns"]),
  med("cyproheptadine", ["Periactin"], ["cns"]),
  med("dimenhydrinate", ["Dramamine"], ["cns"]),
  med("meclizine", ["Antivert", "Bonine"], ["cns"]),
  med("cyclizine", ["Valoid"], ["cns"]),

  // Less sedating (second-generation) antihistamines
  med("cetirizine", ["Zyrtec", "Reactine"]),
  med("levocetirizine", ["Xyzal"]),
  med("loratadine", ["Claritin", "Clarityn"]),
  med("desloratadine", ["Clarinex", "Neoclarityn"]),
  med("fexofenadine", ["Allegra", "Telfast"]),

  // Muscle relaxants
  // Cyclobenzaprine is structurally a tricyclic; its label warns of serotonin syndrome.
  med("cyclobenzaprine", ["Flexeril", "Amrix"], ["cns", "sero"]),
  med("baclofen", ["Lioresal", "Ozobax", "Lyvispah"], ["cns"]),
  med("tizanidine", ["Zanaflex"], ["cns"]),
  med("methocarbamol", ["Robaxin"], ["cns"]),
  med("carisoprodol", ["Soma"], ["cns"]),
  med("metaxalone", ["Skelaxin"], ["cns"]),
  med("orphenadrine", ["Norflex"], ["cns"]),
  med("chlorzoxazone", ["Lorzone", "Parafon Forte"], ["cns", "liver"]),
  med("dantrolene", ["Dantrium"], ["cns", "liver"]),
];
