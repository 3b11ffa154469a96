import { med } from "./med";

/**
 * Opioid agonists, partial and mixed agonists, and opioid antagonists (including the peripheral
 * ones and antagonist-containing combinations). CYP3A and CYP2D6 tags follow each drug's main
 * metabolic routes; serotonergic tags follow the opioids named in serotonin-syndrome warnings.
 */
export const opioids = [
  // Full agonists
  med("morphine", ["MS Contin", "Oramorph", "Zomorph", "Sevredol"], ["opioid"]),
  med(
    "oxycodone",
    ["OxyContin", "Roxicodone", "OxyNorm", "Xtampza ER"],
    ["opioid", "cyp3a", "cyp2d6"],
  ),
  med("oxycodone/acetaminophen", ["Percocet", "Endocet"], ["opioid", "cyp3a", "cyp2d6", "liver"]),
  med("oxycodone/naloxone", ["Targin", "Targinact"], ["opioid", "cyp3a", "cyp2d6"]),
  med("hydrocodone", ["Hysingla ER", "Zohydro ER"], ["opioid", "cyp3a", "cyp2d6"]),
  med(
    "hydrocodone/acetaminophen",
    ["Vicodin", "Norco", "Lortab"],
    ["opioid", "cyp3a", "cyp2d6", "liver"],
  ),
  med("hydromorphone", ["Dilaudid", "Palladone", "Exalgo"], ["opioid"]),
  med("oxymorphone", ["Opana"], ["opioid"]),
  // Fentanyl and alfentanil are on the FDA list of CYP3A substrates with a narrow therapeutic range.
  med(
    "fentanyl",
    ["Duragesic", "Durogesic", "Actiq", "Fentora", "Abstral"],
    ["opioid", "nti", "sero"],
  ),
  med("alfentanil", ["Alfenta", "Rapifen"], ["opioid", "nti"]),
  med("sufentanil", ["Sufenta", "Dsuvia"], ["opioid", "cyp3a"]),
  med("remifentanil", ["Ultiva"], ["opioid"]),
  med("methadone", ["Dolophine", "Methadose", "Physeptone"], ["opioid", "cyp3a", "qt", "sero"]),
  med("tapentadol", ["Nucynta", "Palexia"], ["opioid", "sero"]),
  // Codeine, tramadol and dihydrocodeine are prodrugs activated by CYP2D6.
  med("codeine", [], ["opioid", "cyp2d6", "cyp3a"]),
  med(
    "acetaminophen/codeine",
    ["Tylenol with Codeine", "Solpadeine", "Tylex", "Zapain"],
    ["opioid", "cyp2d6", "cyp3a", "liver"],
  ),
  med(
    "tramadol",
    ["Ultram", "Zydol", "Tramal", "ConZip", "Zamadol"],
    ["opioid", "sero", "seizure", "cyp2d6", "cyp3a"],
  ),
  med(
    "tramadol/acetaminophen",
    ["Ultracet", "Tramacet"],
    ["opioid", "sero", "seizure", "cyp2d6", "cyp3a", "liver"],
  ),
  med("dihydrocodeine", ["DF118 Forte", "DHC Continus"], ["opioid", "cyp2d6"]),
  med("acetaminophen/dihydrocodeine", ["Remedeine"], ["opioid", "cyp2d6", "liver"]),
  // Meperidine's metabolite normeperidine lowers the seizure threshold.
  med("meperidine", ["Demerol"], ["opioid", "sero", "seizure"]),
  med("levorphanol", [], ["opioid"]),
  med("diamorphine", [], ["opioid"]),

  // Partial agonist (buprenorphine) and mixed agonist-antagonists
  med(
    "buprenorphine",
    ["Subutex", "Butrans", "Transtec", "Belbuca", "Sublocade", "Buvidal"],
    ["partial", "cyp3a"],
  ),
  // Sublingual naloxone is there to deter injection, so the combination is not tagged as an
  // antagonist: tagging it would flag every patient already stable on it for precipitated withdrawal.
  med("buprenorphine/naloxone", ["Suboxone", "Zubsolv", "Bunavail"], ["partial", "cyp3a"]),
  med("pentazocine", ["Talwin"], ["mixed"]),
  med("butorphanol", [], ["mixed"]),
  med("nalbuphine", ["Nubain"], ["mixed"]),

  // Antagonists. Naltrexone and its combinations are maintenance antagonists (taken regularly:
  // precipitated withdrawal). Naloxone and nalmefene are rescue antagonists for overdose
  // reversal; nalmefene is also sold (Selincro) for alcohol use disorder, which the one entry
  // cannot tell apart, so it carries the rescue class and the finding says withdrawal may follow.
  med("naltrexone", ["Vivitrol", "Revia", "Adepend"], ["antagonist"]),
  med("naloxone", ["Narcan", "Kloxxado", "Prenoxad", "Nyxoid", "Zimhi"], ["rescue"]),
  med("nalmefene", ["Selincro", "Opvee"], ["rescue"]),
  med("naltrexone/bupropion", ["Contrave", "Mysimba"], ["antagonist", "seizure"]),
  // Peripherally acting antagonists: labelled with opioid-withdrawal warnings in opioid-dependent
  // patients; no kratom data, rated by mechanism.
  med("methylnaltrexone", ["Relistor"], ["peripheral"]),
  med("naloxegol", ["Movantik", "Moventig"], ["peripheral", "cyp3a"]),
  med("naldemedine", ["Symproic", "Rizmoic"], ["peripheral", "cyp3a"]),

  // Used around opioid use and withdrawal
  // Loperamide is a peripheral opioid agonist; misuse at high doses has caused QT prolongation.
  med("loperamide", ["Imodium"], ["qt", "cyp3a"]),
  med("lofexidine", ["Lucemyra", "BritLofex"], ["qt", "cyp2d6"]),
  med("clonidine", ["Catapres", "Kapvay", "Dixarit"], ["cns"]),
];
