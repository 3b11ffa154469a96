import { med } from "./med";

/**
 * Stimulants and sympathomimetics: ADHD and wakefulness drugs, decongestants, weight-loss drugs,
 * caffeine tablets and theophylline. Amphetamines also carry serotonergic and CYP2D6 tags, as in
 * their labels.
 */
export const stimulants = [
  med("amphetamine", ["Adderall", "Mydayis", "Evekeo"], ["stimulant", "sero", "cyp2d6"]),
  med("dextroamphetamine", ["Dexedrine", "Zenzedi", "Amfexa"], ["stimulant", "sero", "cyp2d6"]),
  med("lisdexamfetamine", ["Vyvanse", "Elvanse"], ["stimulant", "sero", "cyp2d6"]),
  med("methamphetamine", ["Desoxyn"], ["stimulant", "sero", "cyp2d6"]),
  med(
    "methylphenidate",
    ["Ritalin", "Concerta", "Medikinet", "Equasym XL", "Daytrana", "Quillivant XR"],
    ["stimulant"],
  ),
  med("dexmethylphenidate", ["Focalin"], ["stimulant"]),
  med("serdexmethylphenidate/dexmethylphenidate", ["Azstarys"], ["stimulant"]),
  med("modafinil", ["Provigil"], ["stimulant"]),
  med("armodafinil", ["Nuvigil"], ["stimulant"]),
  med("solriamfetol", ["Sunosi"], ["stimulant"]),
  med("caffeine", ["NoDoz", "Vivarin", "Pro Plus"], ["stimulant"]),
  med("pseudoephedrine", ["Sudafed"], ["stimulant"]),
  med("phenylephrine", ["Sudafed PE", "Neo-Synephrine"], ["stimulant"]),
  med("ephedrine", [], ["stimulant"]),
  med("phentermine", ["Adipex-P", "Lomaira"], ["stimulant"]),
  med("phentermine/topiramate", ["Qsymia"], ["stimulant"]),
  // Theophylline is a methylxanthine: tachycardia and seizures are its toxic effects.
  med("theophylline", ["Theo-24", "Uniphyl", "Uniphyllin", "Nuelin"], ["stimulant"]),
];
