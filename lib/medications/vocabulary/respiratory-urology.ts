import { med } from "./med";

/** Inhaled and respiratory medicines, bladder and prostate medicines. */
export const respiratoryUrology = [
  // Respiratory: inhaled fluticasone and budesonide are sensitive CYP3A substrates.
  med("albuterol", ["Ventolin", "ProAir", "Proventil", "Salamol"]),
  med("ipratropium", ["Atrovent"]),
  med("tiotropium", ["Spiriva"]),
  med("fluticasone", ["Flonase", "Flovent", "Flixotide", "Flixonase"], ["cyp3a"]),
  med("fluticasone/salmeterol", ["Advair", "Seretide", "Wixela"], ["cyp3a"]),
  med("budesonide/formoterol", ["Symbicort"], ["cyp3a"]),
  med("beclomethasone", ["Qvar", "Clenil"]),
  med("montelukast", ["Singulair"]),
  med("benzonatate", ["Tessalon"]),
  med("guaifenesin", ["Mucinex", "Robitussin"]),

  // Bladder and prostate
  med("tamsulosin", ["Flomax", "Flomaxtra"], ["cyp3a", "cyp2d6"]),
  med("oxybutynin", ["Ditropan", "Oxytrol", "Kentera"], ["cyp3a"]),
  med("solifenacin", ["Vesicare"], ["cyp3a"]),
  med("tolterodine", ["Detrol", "Detrusitol"], ["cyp2d6"]),
  med("darifenacin", ["Enablex", "Emselex"], ["cyp3a", "cyp2d6"]),
  med("fesoterodine", ["Toviaz"], ["cyp3a", "cyp2d6"]),
  med("mirabegron", ["Myrbetriq", "Betmiga"]),
];
