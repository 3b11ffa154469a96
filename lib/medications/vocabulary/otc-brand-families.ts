import { med } from "./med";

/**
 * The plain and daytime members of over-the-counter brand families whose night-time member was
 * the only one listed (issue 16 §1–2): typed alone, "Excedrin", "Theraflu", "NyQuil" or "Advil"
 * names a family, so the search lists its products and picks none. Tags follow the ingredients
 * as in otc-sleep-cold.ts; caffeine in an analgesic combination carries no stimulant tag, as in
 * butalbital/acetaminophen/caffeine (a cup of coffee's worth per dose, not a stimulant medicine).
 */
export const otcBrandFamilies = [
  // Excedrin, Goody's and Anacin headache products
  med(
    "acetaminophen/aspirin/caffeine",
    [
      "Excedrin",
      "Excedrin Extra Strength",
      "Excedrin Migraine",
      "Goody's Extra Strength",
      "Anadin Extra",
      "Vanquish",
    ],
    ["liver"],
  ),
  med("acetaminophen/caffeine", ["Excedrin Tension Headache", "Panadol Extra"], ["liver"]),
  med("acetaminophen/aspirin", ["Excedrin Back & Body"], ["liver"]),
  med("aspirin/caffeine", ["Anacin", "BC Powder", "Bayer Back & Body"]),
  // Pyrilamine is a sedating antihistamine.
  med("acetaminophen/caffeine/pyrilamine", ["Midol Complete"], ["cns", "liver"]),

  // Advil, Aleve and Motrin beyond their PM products
  med("ibuprofen/acetaminophen", ["Advil Dual Action", "Nuromol", "Combogesic"], ["liver"]),
  med(
    "ibuprofen/pseudoephedrine",
    ["Advil Cold & Sinus", "Sudafed Sinus & Pain Relief"],
    ["stimulant"],
  ),
  med("naproxen/pseudoephedrine", ["Aleve-D Sinus & Cold"], ["stimulant"]),

  // NyQuil and DayQuil (Vicks), Theraflu and Tylenol Cold
  med(
    "acetaminophen/dextromethorphan/doxylamine/phenylephrine",
    ["NyQuil Severe", "Vicks NyQuil Severe Cold & Flu"],
    ["cns", "liver", "sero", "cyp2d6", "stimulant"],
  ),
  med(
    "acetaminophen/chlorpheniramine/dextromethorphan",
    ["NyQuil HBP", "Vicks NyQuil HBP Cold & Flu"],
    ["cns", "liver", "sero", "cyp2d6"],
  ),
  med(
    "dextromethorphan/doxylamine",
    ["NyQuil Cough", "Vicks NyQuil Cough"],
    ["cns", "sero", "cyp2d6"],
  ),
  med(
    "acetaminophen/dextromethorphan/guaifenesin/phenylephrine",
    ["DayQuil Severe", "Vicks DayQuil Severe Cold & Flu", "Tylenol Cold + Flu Severe"],
    ["liver", "sero", "cyp2d6", "stimulant"],
  ),
  // Pheniramine is a sedating antihistamine.
  med(
    "acetaminophen/pheniramine/phenylephrine",
    ["Theraflu Flu & Sore Throat"],
    ["cns", "liver", "stimulant"],
  ),
  med("camphor/eucalyptus oil/menthol", ["Vicks VapoRub"]),
  med("oxymetazoline", ["Afrin", "Vicks Sinex"]),

  // Decongestant combinations of the non-sedating antihistamines
  med("loratadine/pseudoephedrine", ["Claritin-D", "Clarinase"], ["stimulant"]),
  med("cetirizine/pseudoephedrine", ["Zyrtec-D"], ["stimulant"]),
  med("fexofenadine/pseudoephedrine", ["Allegra-D"], ["stimulant"]),
  med("guaifenesin/pseudoephedrine", ["Mucinex D"], ["stimulant"]),

  // Imodium beyond loperamide alone
  med("loperamide/simethicone", ["Imodium Multi-Symptom Relief", "Imodium Plus"], ["qt", "cyp3a"]),
  med("simethicone", ["Gas-X", "Mylicon", "Wind-eze"]),
];
