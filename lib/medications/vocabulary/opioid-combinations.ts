import { med } from "./med";

/**
 * Opioid and antitussive combination products, antidiarrhoeal opioids and opium preparations.
 * Each keeps the tags of its opioid (CYP2D6 and CYP3A for codeine and hydrocodone) plus those
 * of its partner: a sedating antihistamine adds "cns", acetaminophen adds "liver".
 */
export const opioidCombinations = [
  // Antitussive combinations
  med(
    "promethazine/codeine",
    ["Phenergan with Codeine", "Phenergan VC with Codeine"],
    ["opioid", "cns", "cyp2d6", "cyp3a"],
  ),
  med(
    "codeine/guaifenesin",
    ["Robitussin AC", "Cheratussin AC", "Tussi-Organidin NR"],
    ["opioid", "cyp2d6", "cyp3a"],
  ),
  med(
    "codeine/chlorpheniramine",
    ["Tuzistra XR", "Tuxarin ER"],
    ["opioid", "cns", "cyp2d6", "cyp3a"],
  ),
  med(
    "hydrocodone/homatropine",
    ["Hycodan", "Hydromet", "Tussigon"],
    ["opioid", "cyp3a", "cyp2d6"],
  ),
  med(
    "hydrocodone/chlorpheniramine",
    ["Tussionex", "TussiCaps"],
    ["opioid", "cns", "cyp3a", "cyp2d6"],
  ),
  med("hydrocodone/guaifenesin", ["Obredon"], ["opioid", "cyp3a", "cyp2d6"]),
  // Pholcodine is an opioid antitussive sold in the UK and EU (withdrawn there in 2023).
  med("pholcodine", ["Galenphol", "Pavacol-D"], ["opioid"]),

  // Analgesic combinations
  med(
    "hydrocodone/ibuprofen",
    ["Vicoprofen", "Reprexain", "Ibudone"],
    ["opioid", "cyp3a", "cyp2d6"],
  ),
  med("oxycodone/ibuprofen", ["Combunox"], ["opioid", "cyp3a", "cyp2d6"]),
  med("oxycodone/aspirin", ["Percodan", "Endodan"], ["opioid", "cyp3a", "cyp2d6"]),
  // Sequestered naltrexone is released only if the capsule is crushed: like sublingual
  // buprenorphine/naloxone, taken as prescribed it acts as the opioid alone, so these are not
  // tagged as maintenance antagonists (that finding would flag every patient taking them intact).
  med("oxycodone/naltrexone", ["Troxyca ER"], ["opioid", "cyp3a", "cyp2d6"]),
  med("morphine/naltrexone", ["Embeda"], ["opioid"]),
  med("benzhydrocodone/acetaminophen", ["Apadaz"], ["opioid", "cyp3a", "cyp2d6", "liver"]),
  med("codeine/ibuprofen", ["Nurofen Plus", "Solpaflex"], ["opioid", "cyp2d6", "cyp3a"]),
  med("codeine/aspirin", ["Empirin with Codeine"], ["opioid", "cyp2d6", "cyp3a"]),
  med("tramadol/celecoxib", ["Seglentis"], ["opioid", "sero", "seizure", "cyp2d6", "cyp3a"]),
  med("tramadol/dexketoprofen", ["Skudexa"], ["opioid", "sero", "seizure", "cyp2d6", "cyp3a"]),
  med("pentazocine/naloxone", ["Talwin NX"], ["mixed"]),
  // Opioids used mainly outside the US and UK (tilidine in Germany, piritramide in Germany and
  // the Netherlands) or newly approved (oliceridine), and dextropropoxyphene (withdrawn for
  // cardiotoxicity: QT prolongation and arrhythmia in overdose) for older records.
  med("tilidine/naloxone", ["Valoron N", "Tilidin comp"], ["opioid", "cyp3a"]),
  med("piritramide", ["Dipidolor"], ["opioid"]),
  med("oliceridine", ["Olinvyk"], ["opioid", "cyp3a", "cyp2d6", "qt"]),
  // Dextropropoxyphene's labels also warned of convulsions (its metabolite norpropoxyphene).
  med("dextropropoxyphene", ["Darvon"], ["opioid", "qt", "seizure", "cyp3a"]),
  med(
    "dextropropoxyphene/acetaminophen",
    ["Darvocet"],
    ["opioid", "qt", "seizure", "cyp3a", "liver"],
  ),
  med("pentazocine/acetaminophen", ["Talacen"], ["mixed", "liver"]),

  // Opioid antidiarrhoeals: diphenoxylate and difenoxin are pethidine congeners, full mu
  // agonists; the atropine is there to deter misuse. Overdose causes respiratory depression.
  med("diphenoxylate/atropine", ["Lomotil", "Lonox"], ["opioid"]),
  med("difenoxin/atropine", ["Motofen"], ["opioid"]),
  med("opium tincture", ["Dropizol"], ["opioid"]),
  med("paregoric", [], ["opioid"]),
  med("belladonna/opium", [], ["opioid"]),
];
