import { med } from "./med";

/**
 * Medicines whose names are a letter or two from a listed medicine's (look-alike, sound-alike
 * pairs on medication-error lists). Without them, typing one would only find the other as an
 * approximate guess; listed, the exact name always wins.
 */
export const soundAlikes = [
  // Trandolapril ~ tramadol; Cerebyx ~ Celebrex / Celexa; Serzone ~ Seroquel; Neulasta ~ Lunesta
  med("trandolapril", ["Mavik", "Gopten", "Odrik"]),
  // Fosphenytoin is a prodrug of phenytoin, so it carries phenytoin's tags.
  med("fosphenytoin", ["Cerebyx", "Pro-Epanutin"], ["pigment", "cyp3aInducer", "ntiCyp2c9"]),
  // Nefazodone is serotonergic, a strong CYP3A inhibitor (and substrate) and carries a boxed
  // liver warning.
  med("nefazodone", ["Serzone"], ["sero", "liver", "cyp3a", "cyp3aInhibitor"]),
  med("pegfilgrastim", ["Neulasta", "Fulphila", "Udenyca"]),
  med("ranitidine", ["Zantac"]),
  med("tiagabine", ["Gabitril"], ["cyp3a"]),
  med("glipizide/metformin", ["Metaglip"]),
  med("quinapril", ["Accupril"]),
  med("clobetasol", ["Dermovate", "Clobex", "Temovate"]),
];
