import { med } from "./med";

/**
 * Opioid agonists, partial and mixed agonists, and opioid antagonists (including the peripheral
 * ones and antagonist-containing combinations). CYP3A and CYP2D6 tags follow each drug's main
 * metabolic routes; serotonergic tags follow the opioids named in serotonin-syndrome warnings.
 */
export const opioids = [
  // Full agonists
  med(
    "morphine",
    [
      "MS Contin",
      "MST Continus",
      "Oramorph",
      "Zomorph",
      "Sevredol",
      "Kadian",
      "Avinza",
      "Arymo ER",
      "MorphaBond ER",
      "MXL",
      "Morphgesic SR",
      "Duramorph",
      "Infumorph",
    ],
    ["opioid"],
  ),
  med(
    "oxycodone",
    [
      "OxyContin",
      "Roxicodone",
      "OxyNorm",
      "Xtampza ER",
      "Oxaydo",
      "RoxyBond",
      "Oxecta",
      "Longtec",
      "Shortec",
      "Oxypro",
    ],
    ["opioid", "cyp3a", "cyp2d6"],
  ),
  med(
    "oxycodone/acetaminophen",
    ["Percocet", "Endocet", "Roxicet", "Primlev", "Nalocet", "Prolate"],
    ["opioid", "cyp3a", "cyp2d6", "liver"],
  ),
  med("oxycodone/naloxone", ["Targin", "Targinact", "Targiniq"], ["opioid", "cyp3a", "cyp2d6"]),
  med("hydrocodone", ["Hysingla ER", "Zohydro ER", "Vantrela ER"], ["opioid", "cyp3a", "cyp2d6"]),
  med(
    "hydrocodone/acetaminophen",
    ["Vicodin", "Norco", "Lortab", "Lorcet", "Xodol", "Verdrocet", "Hycet"],
    ["opioid", "cyp3a", "cyp2d6", "liver"],
  ),
  med("hydromorphone", ["Dilaudid", "Palladone", "Exalgo", "Jurnista"], ["opioid"]),
  med("oxymorphone", ["Opana", "Opana ER"], ["opioid"]),
  // Fentanyl and alfentanil are on the FDA list of CYP3A substrates with a narrow therapeutic range.
  med(
    "fentanyl",
    [
      "Duragesic",
      "Durogesic",
      "Actiq",
      "Fentora",
      "Abstral",
      "Subsys",
      "Lazanda",
      "PecFent",
      "Instanyl",
      "Effentora",
      "Breakyl",
      "Ionsys",
      "Matrifen",
    ],
    ["opioid", "nti", "sero"],
  ),
  med("alfentanil", ["Alfenta", "Rapifen"], ["opioid", "nti"]),
  med("sufentanil", ["Sufenta", "Dsuvia"], ["opioid", "cyp3a"]),
  med("remifentanil", ["Ultiva"], ["opioid"]),
  med(
    "methadone",
    ["Dolophine", "Methadose", "Physeptone", "Metadol", "Eptadone"],
    ["opioid", "cyp3a", "qt", "sero"],
  ),
  med("tapentadol", ["Nucynta", "Nucynta ER", "Palexia", "Palexia SR"], ["opioid", "sero"]),
  // Codeine, tramadol and dihydrocodeine are prodrugs activated by CYP2D6.
  med("codeine", [], ["opioid", "cyp2d6", "cyp3a"]),
  med(
    "acetaminophen/codeine",
    [
      "Tylenol with Codeine",
      "Solpadeine",
      "Tylex",
      "Zapain",
      "Tylenol 3",
      "Kapake",
      "Solpadol",
      "Migraleve",
    ],
    ["opioid", "cyp2d6", "cyp3a", "liver"],
  ),
  med(
    "tramadol",
    [
      "Ultram",
      "Ultram ER",
      "Zydol",
      "Tramal",
      "ConZip",
      "Zamadol",
      "Ryzolt",
      "Marol",
      "Maxitram",
      "Tramulief",
      "Zytram",
    ],
    ["opioid", "sero", "seizure", "cyp2d6", "cyp3a"],
  ),
  med(
    "tramadol/acetaminophen",
    ["Ultracet", "Tramacet"],
    ["opioid", "sero", "seizure", "cyp2d6", "cyp3a", "liver"],
  ),
  med("dihydrocodeine", ["DF118", "DF118 Forte", "DHC Continus"], ["opioid", "cyp2d6"]),
  med("acetaminophen/dihydrocodeine", ["Remedeine"], ["opioid", "cyp2d6", "liver"]),
  // Meperidine's metabolite normeperidine lowers the seizure threshold.
  med("meperidine", ["Demerol"], ["opioid", "sero", "seizure"]),
  med("levorphanol", [], ["opioid"]),
  med("diamorphine", [], ["opioid"]),

  // Partial agonist (buprenorphine) and mixed agonist-antagonists
  med(
    "buprenorphine",
    [
      "Subutex",
      "Temgesic",
      "Espranor",
      "Butrans",
      "Norspan",
      "Transtec",
      "Butec",
      "Reletrans",
      "Belbuca",
      "Buprenex",
      "Sublocade",
      "Brixadi",
      "Buvidal",
      "Probuphine",
      "Sixmo",
    ],
    ["partial", "cyp3a"],
  ),
  // Sublingual naloxone is there to deter injection, so the combination is not tagged as an
  // antagonist: tagging it would flag every patient already stable on it for precipitated withdrawal.
  med(
    "buprenorphine/naloxone",
    ["Suboxone", "Zubsolv", "Bunavail", "Cassipa"],
    ["partial", "cyp3a"],
  ),
  med("pentazocine", ["Talwin"], ["mixed"]),
  med("butorphanol", ["Stadol", "Stadol NS"], ["mixed"]),
  med("nalbuphine", ["Nubain"], ["mixed"]),

  // Antagonists. Naltrexone and its combinations are maintenance antagonists (taken regularly:
  // precipitated withdrawal). Naloxone and nalmefene nasal spray or injection are rescue
  // antagonists for overdose reversal. Nalmefene tablets (Selincro), taken for alcohol use
  // disorder, are an antagonist taken regularly: their own entry, in the maintenance class, so
  // "Selincro" never reads as a protective rescue product.
  med("naltrexone", ["Vivitrol", "Revia", "Adepend"], ["antagonist"]),
  med(
    "naloxone",
    [
      "Narcan",
      "Kloxxado",
      "Prenoxad",
      "Nyxoid",
      "Zimhi",
      "Rextovy",
      "RiVive",
      "Evzio",
      "Ventizolve",
      "Nalscue",
    ],
    ["rescue"],
  ),
  med("nalmefene", ["Opvee", "Zurnai", "Revex"], ["rescue"]),
  med("nalmefene tablets", ["Selincro"], ["antagonist"]),
  med("naltrexone/bupropion", ["Contrave", "Mysimba"], ["antagonist", "seizure"]),
  // Peripherally acting antagonists: labelled with opioid-withdrawal warnings in opioid-dependent
  // patients; no kratom data, rated by mechanism.
  med("methylnaltrexone", ["Relistor"], ["peripheral"]),
  med("naloxegol", ["Movantik", "Moventig"], ["peripheral", "cyp3a"]),
  med("naldemedine", ["Symproic", "Rizmoic"], ["peripheral", "cyp3a"]),

  // Used around opioid use and withdrawal
  // Loperamide is a peripheral opioid agonist; misuse at high doses has caused QT prolongation.
  med("loperamide", ["Imodium", "Imodium A-D", "Imodium Instants"], ["qt", "cyp3a"]),
  med("lofexidine", ["Lucemyra", "BritLofex"], ["qt", "cyp2d6"]),
  med("clonidine", ["Catapres", "Kapvay", "Dixarit"], ["cns"]),
];
