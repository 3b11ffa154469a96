import { med } from "./med";

/** Acid suppression, antiemetics, laxatives and other gastrointestinal medicines. */
export const gastro = [
  // Acid suppression
  med("omeprazole", ["Prilosec", "Prilosec OTC", "Losec"]),
  med("esomeprazole", ["Nexium"]),
  med("lansoprazole", ["Prevacid", "Zoton"]),
  med("pantoprazole", ["Protonix"]),
  med("rabeprazole", ["Aciphex", "Pariet"]),
  med("famotidine", ["Pepcid", "Pepcid AC"]),
  med("sucralfate", ["Carafate"]),
  med("misoprostol", ["Cytotec"]),

  // Antiemetics and prokinetics (prochlorperazine is with the antipsychotics)
  // 5-HT3 antagonists carry serotonin-syndrome and QT warnings in their labels.
  med("ondansetron", ["Zofran"], ["qt", "sero", "cyp3a"]),
  med("granisetron", ["Kytril", "Sancuso"], ["qt", "sero"]),
  med("metoclopramide", ["Reglan", "Maxolon"], ["cyp2d6"]),
  med("domperidone", ["Motilium"], ["qt", "cyp3a"]),

  // Laxatives and bowel medicines
  med("senna", ["Senokot"]),
  med("docusate/senna", ["Senokot-S", "Senna-S", "Peri-Colace"]),
  med("docusate", ["Colace"]),
  med("bisacodyl", ["Dulcolax"]),
  med("lactulose", ["Kristalose", "Duphalac", "Enulose", "Generlac"]),
  med("polyethylene glycol", ["MiraLAX", "Movicol", "Laxido"]),
  med("prucalopride", ["Motegrity", "Resolor"]),
  med("lubiprostone", ["Amitiza"]),
  med("linaclotide", ["Linzess", "Constella"]),
  med("mesalamine", ["Asacol", "Lialda", "Pentasa", "Octasa", "Salofalk"]),
  med("hyoscine butylbromide", ["Buscopan"]),
  med("dicyclomine", ["Bentyl", "Merbentyl"]),
  med("mebeverine", ["Colofac"]),
  med("ursodiol", ["Actigall", "Urso", "Destolit", "Ursofalk"]),
  // Bismuth is among the heavy metals in the differential of drug-induced pigmentation.
  med("bismuth subsalicylate", ["Pepto-Bismol"], ["pigment"]),
];
