import { med } from "./med";

/**
 * Joint-pain and rheumatology medicines other than analgesics: DMARDs, JAK inhibitors, biologics,
 * corticosteroids, gout and bone drugs. Many patients who use kratom for joint pain take these.
 */
export const rheumatology = [
  // Conventional DMARDs
  med(
    "methotrexate",
    ["Trexall", "Otrexup", "Rasuvo", "Metoject", "Jylamvo", "Xatmep", "Maxtrex"],
    ["liver"],
  ),
  med("leflunomide", ["Arava"], ["liver"]),
  med("sulfasalazine", ["Azulfidine", "Salazopyrin"], ["liver"]),
  med("hydroxychloroquine", ["Plaquenil", "Quinoric"], ["qt", "pigment"]),
  med("azathioprine", ["Imuran", "Azasan"], ["liver"]),
  med("penicillamine", ["Cuprimine", "Depen"]),
  // Injectable gold causes chrysiasis, a blue-grey pigmentation of sun-exposed skin.
  med("sodium aurothiomalate", ["Myocrisin"], ["pigment"]),
  med("apremilast", ["Otezla"]),

  // JAK inhibitors
  med("tofacitinib", ["Xeljanz"], ["cyp3a"]),
  med("upadacitinib", ["Rinvoq"], ["cyp3a"]),
  med("baricitinib", ["Olumiant"]),

  // Biologics
  med("adalimumab", [
    "Humira",
    "Amgevita",
    "Amjevita",
    "Hyrimoz",
    "Imraldi",
    "Cyltezo",
    "Hadlima",
    "Yusimry",
    "Hulio",
    "Idacio",
    "Yuflyma",
    "Abrilada",
  ]),
  med("etanercept", ["Enbrel", "Benepali", "Erelzi", "Eticovo", "Nepexto"]),
  med("infliximab", [
    "Remicade",
    "Inflectra",
    "Remsima",
    "Avsola",
    "Renflexis",
    "Zessly",
    "Flixabi",
    "Zymfentra",
  ]),
  med("certolizumab pegol", ["Cimzia"]),
  med("golimumab", ["Simponi", "Simponi Aria"]),
  med("tocilizumab", ["Actemra", "RoActemra", "Tyenne", "Tofidence"]),
  med("sarilumab", ["Kevzara"]),
  med("abatacept", ["Orencia"]),
  med("rituximab", ["Rituxan", "MabThera", "Truxima", "Ruxience", "Riabni", "Rixathon"]),
  med("secukinumab", ["Cosentyx"]),
  med("ustekinumab", ["Stelara", "Wezlana", "Pyzchiva", "Uzpruvo"]),
  med("anakinra", ["Kineret"]),

  // Corticosteroids: budesonide, fluticasone and triamcinolone are sensitive CYP3A substrates
  // (systemic steroid excess has followed strong CYP3A inhibition, including after joint injection).
  med("prednisolone", ["Orapred", "Millipred"]),
  med("prednisone", ["Rayos", "Deltasone"]),
  med("methylprednisolone", ["Medrol", "Medrol Dosepak", "Depo-Medrol", "Solu-Medrol"]),
  med("dexamethasone", ["Decadron", "Hemady"]),
  med("hydrocortisone", ["Cortef", "Solu-Cortef"]),
  med("triamcinolone", ["Kenalog", "Zilretta", "Nasacort"], ["cyp3a"]),
  med("budesonide", ["Entocort", "Uceris", "Pulmicort", "Budenofalk"], ["cyp3a"]),

  // Gout: colchicine is on lists of narrow-index CYP3A and P-gp substrates.
  med("colchicine", ["Colcrys", "Mitigare", "Gloperba", "Lodoco"], ["nti"]),
  med("allopurinol", ["Zyloprim", "Zyloric"]),
  med("febuxostat", ["Uloric", "Adenuric"]),
  med("probenecid", []),

  // Bone health
  med("alendronate", ["Fosamax", "Binosto"]),
  med("risedronate", ["Actonel"]),
  med("zoledronic acid", ["Reclast", "Aclasta", "Zometa"]),
  med("denosumab", ["Prolia", "Xgeva"]),
];
